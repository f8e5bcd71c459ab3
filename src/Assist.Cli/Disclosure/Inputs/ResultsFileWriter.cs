using System.Text;

namespace Assist.Cli.Disclosure.Inputs;

/// <summary>
/// Writes a released table as CSV in the conventions <c>assist run</c> uses: a header of the output's own columns, a
/// NULL or suppressed value as an empty field, a field quoted only when it holds a comma, a quote or a line break, or
/// is the empty string (so that it stays apart from NULL). Cells are written as they were read: no value is reformatted.
/// </summary>
internal static class ResultsFileWriter
{
    /// <summary>Writes a header and rows to <paramref name="path"/> (UTF-8, LF line endings); returns the rows written.</summary>
    public static int Write(string path, IReadOnlyList<string> columns, IEnumerable<ResultsRow> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var text = new StringBuilder();
        Line(text, columns);
        var count = 0;
        foreach (var row in rows)
        {
            Line(text, row.Cells);
            count++;
            if (text.Length > 1 << 16)
            {
                writer.Write(text);
                text.Clear();
            }
        }

        writer.Write(text);
        return count;
    }

    private static void Line(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = fields[i];
            if (field is null)
            {
                continue;
            }

            if (field.Length == 0 || field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append('\n');
    }
}
