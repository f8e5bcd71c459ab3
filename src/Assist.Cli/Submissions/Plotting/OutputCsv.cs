using System.Text;
using Assist.Schema;
using Assist.Schema.Drift;

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

    /// <summary>Reads <paramref name="path"/> (RFC 4180, as DuckDB writes it).</summary>
    /// <exception cref="FormatException">A row has another number of fields than the header, or a quote is never closed.</exception>
    public static OutputCsv Read(string path)
    {
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Read(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8));
        }
        catch (LakeSourceException e)
        {
            throw new FormatException(e.Message, e);
        }

        if (records.Count == 0)
        {
            throw new FormatException($"{Path.GetFileName(path)} is empty: it has no header.");
        }

        var header = records[0].Fields;
        foreach (var record in records.Skip(1).Where(r => r.Fields.Count != header.Count))
        {
            throw new FormatException($"{Path.GetFileName(path)} line {record.Line} has {record.Fields.Count} fields where the header has {header.Count}.");
        }

        return new OutputCsv(header, records.Skip(1).Select(r => r.Fields.ToArray()).ToList());
    }

    /// <summary>The position of <paramref name="column"/> in the header, or -1.</summary>
    public int IndexOf(string column) => Header.ToList().IndexOf(column);
}
