using System.Text;

namespace Assist.Cli.Disclosure.Inputs;

/// <summary>One field of a CSV record: its text (null for an empty unquoted field), and where it starts.</summary>
internal readonly record struct CsvField(string? Text, long Line, long Column);

/// <summary>
/// Splits CSV text (RFC 4180: comma-separated, CRLF or LF between records, double quotes around fields that hold
/// commas, quotes or line breaks, a quote inside doubled) into records, strictly: a quote inside an unquoted field,
/// text after a closing quote and a quoted field never closed are refused at their line and column. An empty
/// unquoted field is NULL (null); a quoted empty field is the empty string, as Athena and DuckDB write them.
/// </summary>
internal static class CsvRecords
{
    /// <summary>
    /// The records of <paramref name="text"/>, each a list of fields, read as they are enumerated (a row-level output
    /// of millions of rows is never held as fields); a final line break ends the last record.
    /// </summary>
    /// <exception cref="DisclosureInputException">The text is not well-formed CSV (thrown when the bad record is reached).</exception>
    public static IEnumerable<IReadOnlyList<CsvField>> Parse(string text, string shownName)
    {
        var fields = new List<CsvField>();
        var value = new StringBuilder();
        int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0, lineStart = i;
        long line = 1;
        while (i < text.Length)
        {
            var fieldLine = line;
            var fieldColumn = i - lineStart + 1;
            value.Clear();
            string? field;
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw Problem(shownName, fieldLine, fieldColumn, "a quoted field is not closed before the end of the file");
                    }

                    var c = text[i++];
                    if (c == '"')
                    {
                        if (i < text.Length && text[i] == '"')
                        {
                            value.Append('"');
                            i++;
                            continue;
                        }

                        break;
                    }

                    if (c == '\n')
                    {
                        line++;
                        lineStart = i;
                    }

                    value.Append(c);
                }

                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    throw Problem(shownName, line, i - lineStart + 1, "text after a closing quote; a field is either quoted whole or not at all");
                }

                field = value.ToString();
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    if (text[i] == '"')
                    {
                        throw Problem(shownName, line, i - lineStart + 1, "a quote inside an unquoted field; quote the whole field and double the quote");
                    }

                    value.Append(text[i++]);
                }

                field = value.Length == 0 ? null : value.ToString();
            }

            fields.Add(new CsvField(field, fieldLine, fieldColumn));
            if (i < text.Length && text[i] == ',')
            {
                i++;
                if (i == text.Length)
                {
                    fields.Add(new CsvField(null, line, i - lineStart + 1));
                }

                continue;
            }

            // The end of a record: CRLF, LF, or the end of the text.
            if (i < text.Length && text[i] == '\r')
            {
                i++;
            }

            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            yield return fields;
            fields = [];
            line++;
            lineStart = i;
        }

        if (fields.Count > 0)
        {
            yield return fields;
        }
    }

    private static DisclosureInputException Problem(string file, long line, long column, string message) =>
        new(new DisclosureProblem(file, line, column, message));
}
