namespace Assist.Query.Generative.Tests.Generation;

/// <summary>The random choices of one example: the rows' and the query's (see <see cref="Choices"/>).</summary>
public sealed record ExampleTape(int[] Rows, int[] Query);
