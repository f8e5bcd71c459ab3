using System.Globalization;
using System.Text;

namespace Assist.Cli.Docs;

/// <summary>Makes schema text safe inside Markdown: descriptions contain <c>|</c>, <c>*_xid</c> and <c>&lt;id&gt;</c>.</summary>
internal static class Markdown
{
    /// <summary>Escapes text for a table cell or a paragraph: pipes, emphasis stars, angle brackets, line breaks.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.Trim())
        {
            switch (c)
            {
                case '|': builder.Append("\\|"); break;
                case '*': builder.Append("\\*"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r': break;
                case '\n': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A code span; the lake's names never contain backticks.</summary>
    public static string Code(string text) => "`" + text + "`";

    /// <summary>A list of code spans, comma separated.</summary>
    public static string CodeList(IEnumerable<string> items) => string.Join(", ", items.Select(Code));

    /// <summary>The first sentence of a description, for one-line lists.</summary>
    public static string FirstSentence(string? text)
    {
        var escaped = Text(text);
        var depth = 0;
        for (var i = 0; i < escaped.Length - 1; i++)
        {
            switch (escaped[i])
            {
                case '(': depth++; break;
                case ')': depth = Math.Max(0, depth - 1); break;
                case '.' when depth == 0 && escaped[i + 1] == ' ' && !EndsWithAbbreviation(escaped, i):
                    return escaped[..(i + 1)];
            }
        }

        return escaped;
    }

    // "e.g. a course" must not end the sentence.
    private static bool EndsWithAbbreviation(string text, int dot) =>
        Abbreviations.Any(a => dot + 1 >= a.Length && string.CompareOrdinal(text, dot + 1 - a.Length, a, 0, a.Length) == 0);

    private static readonly string[] Abbreviations = ["e.g.", "i.e.", "etc.", "vs."];

    /// <summary>A count with thousands separators, culture-independent.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
