namespace Assist.Cli.Synth;

/// <summary>
/// How one table's rows are made. Each part is a SELECT that yields some of the table's columns by their lake names
/// plus a unique <c>_key</c>; each part becomes one Parquet file. Columns a part does not yield come from the
/// schema-driven fallback (<see cref="GenericColumns"/>), so a recipe keeps working when the YAML gains a column.
/// </summary>
/// <param name="Table">The qualified table name the recipe makes.</param>
/// <param name="Parts">One SELECT per output file, built once the plan (id ranges, xref bases) is known.</param>
/// <param name="OrderBy">The column(s) of the parts' output that give a total order (written sorted, so output is deterministic).</param>
/// <param name="PresortedParts">Indexes of parts whose rows already come in <paramref name="OrderBy"/> order (a scan of a sorted file): written without a sort.</param>
/// <param name="Range">The table's dense id range when other tables may point at it, read from the world; null when ids are not dense.</param>
/// <param name="DependsOn">Tables whose Parquet files the parts read (written first).</param>
internal sealed record TableRecipe(
    string Table,
    IReadOnlyList<Func<SynthContext, string>> Parts,
    string OrderBy,
    RangeSource? Range,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<int>? PresortedParts = null);

/// <summary>Where a recipe's dense id range comes from: a fixed base and a count query over the world tables.</summary>
/// <param name="Base">The first id.</param>
/// <param name="CountSql">A query returning the number of ids (ids are Base .. Base + count - 1).</param>
internal sealed record RangeSource(long Base, string CountSql);

/// <summary>A dense id range: ids <see cref="Base"/> .. Base + Count - 1, every one present.</summary>
/// <param name="Base">The first id.</param>
/// <param name="Count">How many.</param>
internal sealed record IdRange(long Base, long Count);
