using System.Collections.Generic;

namespace Assist.Schema.Model;

/// <summary>One column of a lake table, as the YAML describes it.</summary>
/// <param name="Name">The column's name in the lake (lower snake case).</param>
/// <param name="TypeText">The type exactly as written in the YAML (kept for messages).</param>
/// <param name="Type">The parsed type; null when <paramref name="TypeText"/> did not parse (a diagnostic says why).</param>
/// <param name="Nullable">Whether the column may hold NULL. The lake does not say (Athena reports UNKNOWN), so the YAML is the source of truth.</param>
/// <param name="Description">What the column holds, for the data dictionary and XML docs.</param>
/// <param name="Pii">Personal data: reported wherever a query reads it.</param>
/// <param name="Enum">Name of the enumeration the column takes values from, or null.</param>
/// <param name="References">Foreign key: the column it points at (<c>catalog.schema.table.column</c>), or null.</param>
/// <param name="Xref">For <c>*_xid</c> columns: the xref kinds (values of the xref type enumeration, e.g. <c>user</c>, <c>group</c>) the id may point at through <c>external_references</c>. Empty for other columns.</param>
/// <param name="Aliases">Other names the column goes by in other sources (e.g. <c>xref_type</c> for <c>xref_type_id</c>).</param>
/// <param name="Provenance">Where the name comes from.</param>
/// <param name="Sources">Source tags of LAKE-NOTES.md §0 (ETX, EDM23, BRIEF ...).</param>
/// <param name="AvgBytes">Average stored bytes per value, for scan-cost estimates; null when unknown.</param>
/// <param name="Navigation">Overrides the name of the generated to-one navigation (or xref navigation prefix).</param>
/// <param name="InverseNavigation">Overrides the name of the generated reverse (to-many) navigation.</param>
/// <param name="Unit">Unit of measure, e.g. <c>ms</c>; null when none.</param>
/// <param name="Span">Where the column is declared.</param>
public sealed record ColumnDef(
    string Name,
    string TypeText,
    SqlType? Type,
    bool Nullable,
    string? Description,
    bool Pii,
    string? Enum,
    string? References,
    IReadOnlyList<string> Xref,
    IReadOnlyList<string> Aliases,
    Provenance Provenance,
    IReadOnlyList<string> Sources,
    double? AvgBytes,
    string? Navigation,
    string? InverseNavigation,
    string? Unit,
    SourceSpan Span)
{
    /// <summary>Where each key's value is written (<c>type</c>, <c>references</c>, <c>xref[1]</c> ...), so diagnostics can point at the value itself; empty for models built in code.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = SourceSpans.Empty;
}
