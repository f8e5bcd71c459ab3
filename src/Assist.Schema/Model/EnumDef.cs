using System.Collections.Generic;

namespace Assist.Schema.Model;

/// <summary>An enumeration: the values a coded column takes.</summary>
/// <param name="Name">Lower snake name, e.g. <c>xref_type</c>; the C# enum is its PascalCase (<c>XrefType</c>).</param>
/// <param name="Description">What the codes mean.</param>
/// <param name="Values">The known values.</param>
/// <param name="Span">Where the enumeration is declared.</param>
public sealed record EnumDef(string Name, string? Description, IReadOnlyList<EnumValueDef> Values, SourceSpan Span)
{
    /// <summary>Where each key's value is written (<c>type</c>, <c>references</c>, <c>xref[1]</c> ...), so diagnostics can point at the value itself; empty for models built in code.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = SourceSpans.Empty;
}

/// <summary>One enumeration value.</summary>
/// <param name="Value">The code stored in the lake.</param>
/// <param name="Name">Lower snake name, e.g. <c>hint_requested</c>; the C# member is <c>HintRequested</c>.</param>
/// <param name="Description">What it means.</param>
/// <param name="Span">Where it is declared.</param>
public sealed record EnumValueDef(long Value, string Name, string? Description, SourceSpan Span)
{
    /// <summary>Where each key's value is written (<c>type</c>, <c>references</c>, <c>xref[1]</c> ...), so diagnostics can point at the value itself; empty for models built in code.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueSpans { get; init; } = SourceSpans.Empty;
}
