namespace Assist.Cli.Import;

/// <summary>
/// How one lake table is filled: rows from <paramref name="From"/> (staging tables of the import), the mapped columns,
/// every other column of the schema written as NULL. Rows are written in <paramref name="OrderBy"/> order so the same
/// input gives the same files.
/// </summary>
/// <param name="Table">The lake table, <c>catalog.schema.table</c>.</param>
/// <param name="From">A SQL FROM clause (without the keyword).</param>
/// <param name="OrderBy">A SQL ORDER BY list over the output columns.</param>
/// <param name="Columns">The columns the import fills.</param>
internal sealed record TableMapping(string Table, string From, string OrderBy, IReadOnlyList<ColumnMapping> Columns);
