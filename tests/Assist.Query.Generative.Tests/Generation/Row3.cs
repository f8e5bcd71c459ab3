namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// A projection target shaped like an anonymous type (a constructor whose parameters are its members), so the
/// compiler sees <c>new { C0 = ... }</c> and LINQ-to-Objects builds the same object.
/// </summary>
public sealed class Row3<T0, T1, T2>(T0 c0, T1 c1, T2 c2)
{
    public T0 C0 { get; } = c0;

    public T1 C1 { get; } = c1;

    public T2 C2 { get; } = c2;
}
