namespace Assist.Cli.Import;

/// <summary>How one lake column is filled by an import.</summary>
/// <param name="Column">The lake column.</param>
/// <param name="Sql">The value, a SQL expression over the mapping's FROM clause.</param>
/// <param name="Origin">Whether it is the platform's own value, derived or synthesized.</param>
/// <param name="Note">Which file column it comes from or how it is made, for docs/import.md and _provenance.json.</param>
internal sealed record ColumnMapping(string Column, string Sql, ValueOrigin Origin, string Note);
