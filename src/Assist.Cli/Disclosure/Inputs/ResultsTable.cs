namespace Assist.Cli.Disclosure.Inputs;

/// <summary>
/// One output's results as the enclave's engine (or the local lake) returned them: the output's own columns as text,
/// and per row the persons behind it and, per sum or average column, the largest person's share of it.
/// </summary>
/// <param name="Columns">The output's own columns, in the order review.json declares them.</param>
/// <param name="Rows">The rows, in file order.</param>
internal sealed record ResultsTable(IReadOnlyList<string> Columns, IReadOnlyList<ResultsRow> Rows);

/// <summary>One row of results.</summary>
/// <param name="Cells">The values of <see cref="ResultsTable.Columns"/> as the file holds them: null for an empty
/// (NULL) field, "" for a quoted empty string.</param>
/// <param name="Persons">The distinct persons behind the row, or null when the output has no persons column.</param>
/// <param name="TopShares">Per dominance column: the largest person's share of the cell (0 to 1), null when not computable.</param>
internal sealed record ResultsRow(IReadOnlyList<string?> Cells, long? Persons, IReadOnlyDictionary<string, double?> TopShares);
