using System.Text;

namespace Assist.Cli.Submissions.Plotting;

/// <summary>
/// An output's CSV file read back (header = the row type's property names; fields quoted with <c>"</c> when they hold
/// a comma, a quote or a line break, as DuckDB writes them). Plots are drawn from these files, the values released.
/// </summary>
internal sealed class OutputCsv
{
    private OutputCsv(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The rows, each as many fields as the header (an empty field is NULL).</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">A row has another number of fields than the header.</exception>
    public static OutputCsv Read(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8)).ToList();
        if (records.Count == 0)
        {
            throw new FormatException($"{Path.GetFileName(path)} is empty: it has no header.");
        }

        var header = records[0];
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].Length != header.Length)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {i + 1} has {records[i].Length} fields where the header has {header.Length}.");
            }
        }

        return new OutputCsv(header, records.Skip(1).ToList());
    }

    /// <summary>The position of <paramref name="column"/> in the header, or -1.</summary>
    public int IndexOf(string column) => Header.ToList().IndexOf(column);

    private static IEnumerable<string[]> Parse(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            any = true;
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
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return [.. fields];
                fields.Clear();
                any = false;
            }
            else
            {
                field.Append(c);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
