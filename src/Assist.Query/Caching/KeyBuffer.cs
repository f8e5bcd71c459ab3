namespace Assist.Query.Caching;

/// <summary>A growable token buffer with the two edits the walker needs: cut a child's tokens, insert a marker.</summary>
internal sealed class KeyBuffer
{
    private long[] _items;

    public KeyBuffer(int capacity) => _items = new long[capacity];

    public int Length { get; private set; }

    public void Clear() => Length = 0;

    public ReadOnlySpan<long> Span => _items.AsSpan(0, Length);

    public void Add(long token)
    {
        var length = Length;
        var items = _items;
        if ((uint)length < (uint)items.Length)
        {
            items[length] = token;
            Length = length + 1;
            return;
        }

        Grow(token);
    }

    /// <summary>Two tokens with one capacity check (every node starts with its kind and its type).</summary>
    public void Add(long first, long second)
    {
        var length = Length;
        var items = _items;
        if ((uint)(length + 1) < (uint)items.Length)
        {
            items[length] = first;
            items[length + 1] = second;
            Length = length + 2;
            return;
        }

        Add(first);
        Add(second);
    }

    // Out of line, so the common path of Add stays small enough to inline.
    private void Grow(long token)
    {
        Array.Resize(ref _items, _items.Length * 2);
        _items[Length++] = token;
    }

    /// <summary>Packs a string's characters four to a token after its length, so strings cannot run into each other.</summary>
    public void AddString(string text)
    {
        Add(text.Length);
        var i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            Add(text[i] | ((long)text[i + 1] << 16) | ((long)text[i + 2] << 32) | ((long)text[i + 3] << 48));
        }

        long last = 0;
        for (var shift = 0; i < text.Length; i++, shift += 16)
        {
            last |= (long)text[i] << shift;
        }

        Add(last);
    }

    /// <summary>Replaces the tokens in [start, end) by <paramref name="replacement"/>.</summary>
    public void Replace(int start, int end, ReadOnlySpan<long> replacement)
    {
        var newLength = Length - (end - start) + replacement.Length;
        if (newLength > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(newLength, _items.Length * 2));
        }

        _items.AsSpan(end, Length - end).CopyTo(_items.AsSpan(start + replacement.Length));
        replacement.CopyTo(_items.AsSpan(start));
        Length = newLength;
    }
}
