namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// A projection target shaped like an anonymous type: a constructor whose parameters are its members, and equality by
/// value (Distinct and GroupBy in LINQ-to-Objects compare anonymous objects by their members).
/// </summary>
public sealed record Row2<T0, T1>(T0 C0, T1 C1);
