using System.Collections.Generic;
using System.Text;

namespace Assist.Schema.Drift;

/// <summary>
/// RFC 4180 CSV (what Athena's console and <c>UNLOAD ... WITH (format = 'TEXTFILE', field_delimiter = ',')</c>-style
/// exports write): comma-separated, fields optionally in double quotes, <c>""</c> for a quote, line breaks inside quotes.
/// </summary>
internal static class CsvReader
{
    /// <summary>Every record of <paramref name="text"/>, blank lines skipped; throws on an unclosed quote, naming the line.</summary>
    public static IReadOnlyList<CsvRecord> Read(string path, string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteLine = 0;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    End(records, fields, field, recordLine);
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new LakeSourceException(path + ":" + quoteLine + ": a quoted field is never closed");
        }

        End(records, fields, field, recordLine);
        return records;
    }

    private static void End(List<CsvRecord> records, List<string> fields, StringBuilder field, int line)
    {
        fields.Add(field.ToString());
        field.Clear();
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            records.Add(new CsvRecord(line, fields.ToArray()));
        }

        fields.Clear();
    }
}
