using System.Collections.Generic;

namespace Assist.Schema.Model;

/// <summary>
/// How <c>*_xid</c> columns resolve: an xid is an <c>external_references.id</c>; the row's <c>target_id</c> is the id
/// in the target table, chosen by <c>xref_type_id</c> and, where one target has several partners, <c>partner_id</c>.
/// </summary>
/// <param name="Table">Qualified name of the external references table.</param>
/// <param name="IdColumn">The column xids hold (<c>id</c>).</param>
/// <param name="TargetColumn">The id in the target table (<c>target_id</c>).</param>
/// <param name="TypeColumn">The kind of target (<c>xref_type_id</c>).</param>
/// <param name="PartnerColumn">The owning partner (<c>partner_id</c>).</param>
/// <param name="TypeEnum">Enumeration of the kinds (<c>xref_type</c>).</param>
/// <param name="PartnerEnum">Enumeration of the partners (<c>partner</c>).</param>
/// <param name="DefaultPartner">Partner value name used when none is given (<c>tng</c>, partner 5).</param>
/// <param name="Targets">Each kind and the table its target ids live in.</param>
/// <param name="Span">Where the xref section is declared.</param>
public sealed record XrefDef(
    string Table,
    string IdColumn,
    string TargetColumn,
    string TypeColumn,
    string PartnerColumn,
    string TypeEnum,
    string PartnerEnum,
    string DefaultPartner,
    IReadOnlyList<XrefTargetDef> Targets,
    SourceSpan Span)
{
    /// <summary>Where each key's value is written (<c>type</c>, <c>references</c>, <c>xref[1]</c> ...), so diagnostics can point at the value itself; empty for models built in code.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = SourceSpans.Empty;
}

/// <summary>One xref kind and its target table.</summary>
/// <param name="Kind">The value name in the xref type enumeration (<c>user</c>).</param>
/// <param name="Table">Qualified target table (<c>cas_core.users.users</c>).</param>
/// <param name="Span">Where it is declared.</param>
public sealed record XrefTargetDef(string Kind, string Table, SourceSpan Span)
{
    /// <summary>Where each key's value is written (<c>type</c>, <c>references</c>, <c>xref[1]</c> ...), so diagnostics can point at the value itself; empty for models built in code.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = SourceSpans.Empty;
}
