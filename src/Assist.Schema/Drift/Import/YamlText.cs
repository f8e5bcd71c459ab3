using System.Collections.Generic;
using System.Linq;

namespace Assist.Schema.Drift.Import;

/// <summary>Line-level facts about YAML text that the import's editor needs: indentation, extents, scalar spelling.</summary>
internal static class YamlText
{
    private static readonly char[] Special = { ':', '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' };

    /// <summary>Leading spaces of a line.</summary>
    public static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>Blank or only a comment.</summary>
    public static bool IsBlankOrComment(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith("#", System.StringComparison.Ordinal);

    /// <summary>
    /// The last line (0-based) of the block that starts on <paramref name="start"/>: following lines more indented than
    /// <paramref name="indent"/> belong to it; trailing blank and comment lines do not.
    /// </summary>
    public static int BlockEnd(IReadOnlyList<string> lines, int start, int indent)
    {
        var end = start;
        for (var i = start + 1; i < lines.Count; i++)
        {
            if (IsBlankOrComment(lines[i]))
            {
                continue;
            }

            if (Indent(lines[i]) <= indent)
            {
                break;
            }

            end = i;
        }

        return end;
    }

    /// <summary>A scalar as YAML writes it: plain where that reads back the same, else double-quoted.</summary>
    public static string Scalar(string value)
    {
        var plain = value.Length > 0
            && value.Trim() == value
            && value.IndexOfAny(Special) < 0
            && value[0] != '-' && value[0] != '?'
            && !new[] { "true", "false", "null", "~", "yes", "no", "on", "off" }.Contains(value.ToLowerInvariant())
            && !char.IsDigit(value[0])
            && value.IndexOf('\n') < 0;
        return plain ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
    }

    /// <summary>The length of the scalar written at <paramref name="column"/> (0-based) of <paramref name="line"/>, quoted or plain, or -1.</summary>
    public static int ScalarLength(string line, int column, string plainValue)
    {
        if (column >= line.Length)
        {
            return -1;
        }

        var quote = line[column];
        if (quote == '"' || quote == '\'')
        {
            var close = line.IndexOf(quote, column + 1);
            return close < 0 ? -1 : close - column + 1;
        }

        return string.CompareOrdinal(line, column, plainValue, 0, plainValue.Length) == 0 ? plainValue.Length : -1;
    }
}
