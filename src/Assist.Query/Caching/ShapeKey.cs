using System.Numerics;

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
    /// CRC-32C over the tokens in four independent lanes (one instruction per token where the processor has it, and a key
    /// has a couple of hundred tokens); one pass, no allocation (lookups hash the walker's buffer). Equality still
    /// compares every token, so the hash only has to spread shapes over buckets.
    /// </summary>
    public static int Hash(ReadOnlySpan<long> tokens)
    {
        uint h0 = 0, h1 = 0x9e3779b9, h2 = 0x85ebca6b, h3 = 0xc2b2ae35;
        var i = 0;
        for (; i + 4 <= tokens.Length; i += 4)
        {
            h0 = BitOperations.Crc32C(h0, (ulong)tokens[i]);
            h1 = BitOperations.Crc32C(h1, (ulong)tokens[i + 1]);
            h2 = BitOperations.Crc32C(h2, (ulong)tokens[i + 2]);
            h3 = BitOperations.Crc32C(h3, (ulong)tokens[i + 3]);
        }

        for (; i < tokens.Length; i++)
        {
            h0 = BitOperations.Crc32C(h0, (ulong)tokens[i]);
        }

        return (int)BitOperations.Crc32C(h0 ^ uint.RotateLeft(h1, 8) ^ uint.RotateLeft(h2, 16) ^ uint.RotateLeft(h3, 24), (uint)tokens.Length);
    }

    /// <inheritdoc />
    public bool Equals(ShapeKey? other) => other is not null && _hash == other._hash && Tokens.SequenceEqual(other.Tokens);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ShapeKey);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}
