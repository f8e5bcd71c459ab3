namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// A projection target shaped like an anonymous type (a constructor whose parameters are its members), so the
/// compiler sees <c>new { C0 = ... }</c> and LINQ-to-Objects builds the same object.
/// </summary>
public sealed class Row2<T0, T1>(T0 c0, T1 c1)
{
    public T0 C0 { get; } = c0;

    public T1 C1 { get; } = c1;
}
