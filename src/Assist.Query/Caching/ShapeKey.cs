namespace Assist.Query.Caching;

/// <summary>
/// A query shape as the token sequence <see cref="QueryKeyWalker"/> wrote (node kinds, type and member handles, literal
/// bits, slot markers). Equality compares the whole sequence, so two shapes never share a key by a hash collision.
/// </summary>
internal sealed class ShapeKey : IEquatable<ShapeKey>
{
    private readonly long[] _tokens;
    private readonly int _hash;

    public ShapeKey(ReadOnlySpan<long> tokens)
    {
        _tokens = tokens.ToArray();
        _hash = Hash(tokens);
    }

    public ReadOnlySpan<long> Tokens => _tokens;

    /// <summary>A multiply-xor hash over the tokens: one pass, no allocation (lookups hash the walker's buffer).</summary>
    public static int Hash(ReadOnlySpan<long> tokens)
    {
        var h = 0xcbf29ce484222325UL;
        foreach (var t in tokens)
        {
            h = (h ^ (ulong)t) * 0x100000001b3UL;
            h ^= h >> 29;
        }

        return (int)h ^ (int)(h >> 32);
    }

    /// <inheritdoc />
    public bool Equals(ShapeKey? other) => other is not null && _hash == other._hash && Tokens.SequenceEqual(other.Tokens);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ShapeKey);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}
