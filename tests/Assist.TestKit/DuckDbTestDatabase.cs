using Assist.Schema.Types;
using System.Data.Common;
using System.Reflection;
using System.Text;
using Assist.Query.Metadata;
using DuckDB.NET.Data;

namespace Assist.TestKit;

/// <summary>
/// An in-memory DuckDB for differential tests: session time zone UTC, one attached in-memory catalog per lake
/// catalog (so three-part names match Athena's), and one table per <see cref="TableMetadata"/> with the
/// DuckDB types of docs/schema-format.md. Rows are inserted from entity objects through the appender.
/// </summary>
public sealed class DuckDbTestDatabase : IDisposable
{
    private readonly Dictionary<string, TableMetadata> _tables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _catalogs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _schemas = new(StringComparer.Ordinal);

    /// <summary>Opens the database and creates <paramref name="tables"/>.</summary>
    public DuckDbTestDatabase(params IEnumerable<TableMetadata> tables)
    {
        Connection = new DuckDBConnection("Data Source=:memory:");
        Connection.Open();
        Execute("SET TimeZone = 'UTC'");
        foreach (var table in tables)
        {
            AddTable(table);
        }
    }

    /// <summary>The open connection; queries use three-part names <c>"cas_core"."student_data"."problem_logs"</c>.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>The tables created so far, by <see cref="TableMetadata.QualifiedName"/>.</summary>
    public IReadOnlyDictionary<string, TableMetadata> Tables => _tables;

    /// <summary>The <c>CREATE TABLE</c> statement for <paramref name="table"/> (catalog and schema must exist).</summary>
    public static string CreateTableSql(TableMetadata table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sql = new StringBuilder();
        sql.Append("CREATE TABLE ").Append(QualifiedName(table)).Append(" (");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            sql.Append(i == 0 ? "\n    " : ",\n    ")
                .Append(Quote(column.SqlName))
                .Append(' ')
                .Append(LakeTypes.DuckDbStorage(column.Type));
            if (!column.IsNullable)
            {
                sql.Append(" NOT NULL");
            }
        }

        return sql.Append("\n)").ToString();
    }

    /// <summary>Creates <paramref name="table"/>, attaching its catalog and creating its schema first if needed.</summary>
    public void AddTable(TableMetadata table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (_tables.ContainsKey(table.QualifiedName))
        {
            throw new InvalidOperationException($"The table {table.QualifiedName} is already in the test database.");
        }

        if (_catalogs.Add(table.Catalog))
        {
            Execute($"ATTACH ':memory:' AS {Quote(table.Catalog)}");
        }

        if (_schemas.Add(table.Catalog + "." + table.Schema))
        {
            Execute($"CREATE SCHEMA IF NOT EXISTS {Quote(table.Catalog)}.{Quote(table.Schema)}");
        }

        Execute(CreateTableSql(table));
        _tables.Add(table.QualifiedName, table);
    }

    /// <summary>Inserts entity rows into the table of <typeparamref name="TEntity"/>.</summary>
    public void Insert<TEntity>(IEnumerable<TEntity> rows)
        where TEntity : IEntity<TEntity>
        => Insert(TEntity.Table, rows);

    /// <summary>
    /// Inserts <paramref name="rows"/> into <paramref name="table"/>, reading each column from the property named
    /// by <see cref="ColumnMetadata.PropertyName"/> on the row's type (a hand-written entity or record works too).
    /// </summary>
    public void Insert<TRow>(TableMetadata table, IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        if (!_tables.ContainsKey(table.QualifiedName))
        {
            AddTable(table);
        }

        var columns = table.Columns
            .Select(c => (Property: FindProperty(typeof(TRow), table, c), DuckDbType: LakeTypes.DuckDbStorage(c.Type)))
            .ToList();
        using var appender = Connection.CreateAppender(table.Catalog, table.Schema, table.Name);
        foreach (var row in rows)
        {
            var appenderRow = appender.CreateRow();
            foreach (var (property, duckDbType) in columns)
            {
                appenderRow = DuckDbAppenderValues.Append(appenderRow, duckDbType, property.GetValue(row));
            }

            appenderRow.EndRow();
        }
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public int Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and returns its rows as value arrays (DBNull becomes null), for quick assertions.</summary>
    public IReadOnlyList<object?[]> QueryRows(string sql, params IEnumerable<object?> parameters)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter ?? DBNull.Value));
        }

        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(values);
        }

        return rows;
    }

    public void Dispose() => Connection.Dispose();

    private static PropertyInfo FindProperty(Type rowType, TableMetadata table, ColumnMetadata column)
        => rowType.GetProperty(column.PropertyName, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException(
                $"{rowType.Name} has no public property {column.PropertyName} for column {table.QualifiedName}.{column.SqlName}.");

    private static string QualifiedName(TableMetadata table) => $"{Quote(table.Catalog)}.{Quote(table.Schema)}.{Quote(table.Name)}";

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
