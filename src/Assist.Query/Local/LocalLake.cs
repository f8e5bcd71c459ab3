using System.Collections.Concurrent;
using Assist.Query.Local;
using Assist.Query.Metadata;
using DuckDB.NET.Data;

namespace Assist.Query;

/// <summary>
/// A lake on local disk, queried in-process with DuckDB: <c>&lt;dir&gt;/&lt;catalog&gt;/&lt;schema&gt;/&lt;table&gt;/**/*.parquet</c>
/// (hive-partitioned folders allowed). Each catalog is attached under its own name and each table folder becomes a
/// view, so three-part names are the same as on Athena (<c>cas_core.student_data.problem_logs</c>). The session time
/// zone is UTC. A query that reads a table with no files fails with a message naming the table and the folder.
/// </summary>
/// <example><code>
/// using var lake = LocalLake.Open("lake");
/// var rows = await query.ToListAsync(lake);
/// </code></example>
public sealed class LocalLake : IAsyncDisposable, IDisposable
{
    private readonly Dictionary<string, LakeTableFolder> _tables;
    private readonly ConcurrentDictionary<string, IReadOnlyList<SchemaMismatch>> _verified = new(StringComparer.Ordinal);

    private LocalLake(string directory, DuckDBConnection connection, Dictionary<string, LakeTableFolder> tables)
    {
        Directory = directory;
        Connection = connection;
        _tables = tables;
    }

    /// <summary>The lake folder (full path).</summary>
    public string Directory { get; }

    /// <summary>The open DuckDB connection, for hand-written SQL over the same views. Do not close it; dispose the lake.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>The tables that have files, as <c>catalog.schema.table</c>.</summary>
    public IReadOnlyCollection<string> Tables => _tables.Keys;

    /// <summary>Opens the lake in <paramref name="directory"/>.</summary>
    /// <exception cref="LocalLakeException">The folder does not exist, or a file is not valid Parquet.</exception>
    public static LocalLake Open(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Assist.Submissions.CaptureMode.ThrowIfActive("Opening a local lake");
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new LocalLakeException(
                $"The lake folder {full} does not exist. Make one with `assist synth --out {directory}`, or point at an extract laid out as <catalog>/<schema>/<table>/*.parquet.");
        }

        var tables = LakeFolderScanner.Scan(full).ToDictionary(t => t.QualifiedName, StringComparer.Ordinal);
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            LakeViews.Create(connection, full, tables.Values, LakeModel.Tables);
            return new LocalLake(full, connection, tables);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The folder a table's files are read from (whether or not it exists).</summary>
    public string FolderOf(TableMetadata table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Path.Combine(Directory, table.Catalog, table.Schema, table.Name);
    }

    /// <summary>Whether the table has at least one Parquet file.</summary>
    public bool HasFiles(TableMetadata table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return _tables.ContainsKey(table.QualifiedName);
    }

    /// <summary>
    /// Compares every file of every registered table with the table's columns (names and DuckDB types) and returns
    /// the differences; an empty list means the lake matches the schema. Tables without files are not reported here.
    /// </summary>
    /// <exception cref="LocalLakeException">A file is not valid Parquet.</exception>
    public IReadOnlyList<SchemaMismatch> VerifySchema() =>
        LakeModel.Tables.Where(HasFiles).OrderBy(t => t.QualifiedName, StringComparer.Ordinal).SelectMany(Verify).ToList();

    /// <summary>
    /// Checks that the tables a query reads can be read: each has files and its files match its columns.
    /// Each table is checked once per lake.
    /// </summary>
    /// <exception cref="LocalLakeException">A table has no files, or a file does not match the schema (the message lists every difference).</exception>
    public void EnsureReadable(IEnumerable<TableMetadata> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var table in tables)
        {
            if (!HasFiles(table))
            {
                throw new LocalLakeException(LakeViews.MissingMessage(table.QualifiedName, FolderOf(table)));
            }

            var mismatches = Verify(table);
            if (mismatches.Count > 0)
            {
                throw new LocalLakeException(
                    $"{table.QualifiedName} does not match the schema:" + Environment.NewLine + string.Join(Environment.NewLine, mismatches.Select(m => "  " + m)));
            }
        }
    }

    private IReadOnlyList<SchemaMismatch> Verify(TableMetadata table) =>
        _verified.GetOrAdd(table.QualifiedName, _ => ParquetSchemaCheck.Check(Connection, table, _tables[table.QualifiedName].Files));

    /// <inheritdoc/>
    public void Dispose() => Connection.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
