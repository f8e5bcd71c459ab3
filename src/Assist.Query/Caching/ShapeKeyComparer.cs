namespace Assist.Query.Caching;

/// <summary>Lets the shape cache be probed with the walker's token buffer, so a cache hit allocates no key.</summary>
internal sealed class ShapeKeyComparer : IEqualityComparer<ShapeKey>, IAlternateEqualityComparer<ReadOnlySpan<long>, ShapeKey>
{
    public static ShapeKeyComparer Instance { get; } = new();

    public bool Equals(ShapeKey? x, ShapeKey? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

    public int GetHashCode(ShapeKey obj) => obj.GetHashCode();

    public bool Equals(ReadOnlySpan<long> alternate, ShapeKey other) => alternate.SequenceEqual(other.Tokens);

    public int GetHashCode(ReadOnlySpan<long> alternate) => ShapeKey.Hash(alternate);

    public ShapeKey Create(ReadOnlySpan<long> alternate) => new(alternate);
}
