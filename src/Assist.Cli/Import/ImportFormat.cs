namespace Assist.Cli.Import;

/// <summary>
/// One file format <c>assist import</c> reads. The importer loads every file into the table <c>raw</c> (one column
/// per <see cref="Fields"/> entry present in the header, plus <c>_file</c>, the file's index), runs
/// <see cref="Staging"/> to build the <c>st_*</c> tables <see cref="LakeTargets"/> reads, and writes
/// <see cref="Tables"/> and <see cref="SideTables"/>.
/// </summary>
internal abstract class ImportFormat
{
    /// <summary>The format's name on the command line.</summary>
    public abstract string Name { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    public abstract string Summary { get; }

    /// <summary>The columns a file may have; any other header column is refused.</summary>
    public abstract IReadOnlyList<CsvField> Fields { get; }

    /// <summary>Statements (label, SQL) that build the staging tables from <c>raw</c>.</summary>
    /// <param name="settings">The import's settings.</param>
    /// <param name="present">The fields the files' headers have.</param>
    public abstract IReadOnlyList<(string Label, string Sql)> Staging(ImportSettings settings, IReadOnlySet<string> present);

    /// <summary>The lake tables the format fills and how.</summary>
    /// <param name="present">The fields the files' headers have (a file without problem ids fills problems differently).</param>
    public abstract IReadOnlyList<TableMapping> Tables(IReadOnlySet<string> present);

    /// <summary>The side tables the format writes.</summary>
    public abstract IReadOnlyList<SideTable> SideTables { get; }

    /// <summary>The folder name of the format's side tables (<c>assistments_2017</c>).</summary>
    public string SideFolder => Name.Replace('-', '_');
}
