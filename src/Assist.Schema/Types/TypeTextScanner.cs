namespace Assist.Schema;

/// <summary>
/// The cursor both type readers move over a type's text (Athena's spelling in <see cref="SqlTypeReader"/>, DuckDB's
/// in the import's reader): spaces, single characters and quoted field names.
/// </summary>
internal abstract class TypeTextScanner
{
    protected TypeTextScanner(string text)
    {
        Text = text;
    }

    /// <summary>The whole type text.</summary>
    protected string Text { get; }

    /// <summary>The next character to read.</summary>
    protected int Position { get; set; }

    /// <summary>Whether the next non-space character is <paramref name="c"/>.</summary>
    protected bool Peek(char c)
    {
        SkipSpaces();
        return Position < Text.Length && Text[Position] == c;
    }

    /// <summary>Reads <paramref name="c"/> if it is next.</summary>
    protected bool TryConsume(char c)
    {
        if (!Peek(c))
        {
            return false;
        }

        Position++;
        return true;
    }

    /// <summary>
    /// A double-quoted field name at the cursor (<c>row("select" integer)</c>, <c>STRUCT("select" INTEGER)</c>); null when
    /// unclosed or empty. Lake field names never hold a quote, so there is no escape to read.
    /// </summary>
    protected string? ReadQuotedName()
    {
        var close = Text.IndexOf('"', Position + 1);
        if (close < 0)
        {
            return null;
        }

        var name = Text.Substring(Position + 1, close - Position - 1);
        Position = close + 1;
        return name.Length == 0 ? null : name;
    }

    /// <summary>Moves past spaces.</summary>
    protected void SkipSpaces()
    {
        while (Position < Text.Length && char.IsWhiteSpace(Text[Position]))
        {
            Position++;
        }
    }
}
