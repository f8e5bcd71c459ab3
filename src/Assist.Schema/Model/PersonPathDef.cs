using System.Collections.Generic;

namespace Assist.Schema.Model;

/// <summary>
/// A table's <c>person:</c> key: the path from one of its rows to the person the row describes, so the query compiler
/// can count the distinct persons behind each cell of an aggregate (disclosure control, docs/schema-format.md).
/// </summary>
/// <param name="Steps">
/// Column names, as written (<c>assignment_log_id.user_xid</c> is two steps): every step but the last is a column of the
/// table reached so far with a <c>references:</c> foreign key, which the path follows; the last step is the column of
/// the table reached that identifies the person.
/// </param>
/// <param name="WhenColumn">An enumeration column of the table itself that must hold <paramref name="WhenValue"/> for the row to describe a person, or null.</param>
/// <param name="WhenValue">The value name (or integer code) of <paramref name="WhenColumn"/>'s enumeration, or null.</param>
/// <param name="Span">Where the path is written.</param>
public sealed record PersonPathDef(IReadOnlyList<string> Steps, string? WhenColumn, string? WhenValue, SourceSpan Span)
{
    /// <summary>The path as written: the steps joined by dots.</summary>
    public string Text => string.Join(".", Steps);

    /// <summary>Where the condition's column and value are written (<c>when</c>, <c>when.value</c>); empty for models built in code.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = SourceSpans.Empty;
}
