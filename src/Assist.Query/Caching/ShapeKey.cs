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

    /// <summary>
    /// A multiply-xor hash over the tokens in four independent lanes (a key has hundreds of tokens, and one lane is a chain
    /// of dependent multiplications): one pass, no allocation (lookups hash the walker's buffer).
    /// </summary>
    public static int Hash(ReadOnlySpan<long> tokens)
    {
        const ulong Prime = 0x100000001b3UL;
        ulong h0 = 0xcbf29ce484222325UL, h1 = 0x9e3779b97f4a7c15UL, h2 = 0xc2b2ae3d27d4eb4fUL, h3 = 0x165667b19e3779f9UL;
        var i = 0;
        for (; i + 4 <= tokens.Length; i += 4)
        {
            h0 = Mix(h0, tokens[i], Prime);
            h1 = Mix(h1, tokens[i + 1], Prime);
            h2 = Mix(h2, tokens[i + 2], Prime);
            h3 = Mix(h3, tokens[i + 3], Prime);
        }

        for (; i < tokens.Length; i++)
        {
            h0 = Mix(h0, tokens[i], Prime);
        }

        var h = Mix(h0 ^ ulong.RotateLeft(h1, 16) ^ ulong.RotateLeft(h2, 32) ^ ulong.RotateLeft(h3, 48), tokens.Length, Prime);
        return (int)h ^ (int)(h >> 32);
    }

    private static ulong Mix(ulong h, long token, ulong prime)
    {
        h = (h ^ (ulong)token) * prime;
        return h ^ (h >> 29);
    }

    /// <inheritdoc />
    public bool Equals(ShapeKey? other) => other is not null && _hash == other._hash && Tokens.SequenceEqual(other.Tokens);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ShapeKey);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}
