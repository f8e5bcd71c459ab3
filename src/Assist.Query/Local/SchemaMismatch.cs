namespace Assist.Query;

/// <summary>One difference between a Parquet file and the table's schema.</summary>
/// <param name="Table">The table (<c>catalog.schema.table</c>).</param>
/// <param name="File">The file, or null when the difference is the table's (no file has the column).</param>
/// <param name="Column">The column.</param>
/// <param name="Expected">The DuckDB type the schema implies, e.g. <c>BIGINT</c>.</param>
/// <param name="Actual">The file's DuckDB type, or null when the file lacks the column.</param>
public sealed record SchemaMismatch(string Table, string? File, string Column, string Expected, string? Actual)
{
    /// <summary>A sentence naming the file, table and column.</summary>
    public override string ToString() => Actual is null
        ? $"{File ?? Table}: column {Column} of {Table} is missing (the schema says {Expected})."
        : $"{File ?? Table}: column {Column} of {Table} is {Actual}, the schema says {Expected}.";
}
