using System.Collections.Generic;

namespace Assist.Schema.Model;

/// <summary>One lake table.</summary>
/// <param name="Catalog">Logical catalog, e.g. <c>cas_core</c>.</param>
/// <param name="Schema">Schema (database) inside the catalog, e.g. <c>student_data</c>.</param>
/// <param name="Name">Table name, e.g. <c>problem_logs</c>.</param>
/// <param name="Entity">Overrides the singular entity name where English needs it (<c>entity: Person</c>); null to derive it.</param>
/// <param name="Description">What a row is.</param>
/// <param name="PrimaryKey">Primary-key column names, in order; empty when the table has none.</param>
/// <param name="ApproxRows">Approximate row count in the lake (from the lake description), or null.</param>
/// <param name="TimeColumn">The column that places a row in time (for filters and synthetic data), or null.</param>
/// <param name="Aliases">Other names of the table (e.g. <c>groups.group_definitions</c>).</param>
/// <param name="Provenance">Where the table's name comes from.</param>
/// <param name="Sources">Source tags.</param>
/// <param name="Columns">The columns, in declaration order.</param>
/// <param name="Span">Where the table is declared.</param>
public sealed record TableDef(
    string Catalog,
    string Schema,
    string Name,
    string? Entity,
    string? Description,
    IReadOnlyList<string> PrimaryKey,
    long? ApproxRows,
    string? TimeColumn,
    IReadOnlyList<string> Aliases,
    Provenance Provenance,
    IReadOnlyList<string> Sources,
    IReadOnlyList<ColumnDef> Columns,
    SourceSpan Span)
{
    /// <summary><c>catalog.schema.table</c>.</summary>
    public string QualifiedName => Catalog + "." + Schema + "." + Name;

    /// <summary>Where each key's value is written (<c>type</c>, <c>references</c>, <c>xref[1]</c> ...), so diagnostics can point at the value itself; empty for models built in code.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = SourceSpans.Empty;

    /// <summary>The path from a row to the person it describes (<c>person:</c>), or null when a row describes no person.</summary>
    public PersonPathDef? Person { get; init; }
}
