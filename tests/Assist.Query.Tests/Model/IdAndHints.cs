namespace Assist.Query.Tests.Model;

/// <summary>A record projection target.</summary>
public sealed record IdAndHints(long Id, int Hints);
