namespace Assist.Schema.Types;

/// <summary>The C# type a lake type maps to, in the two spellings the tools need.</summary>
/// <param name="FullName">As generated code writes it: <c>global::</c>-qualified (<c>global::System.DateOnly</c>, <c>long</c>).</param>
/// <param name="DisplayName">As a researcher writes it with the usual usings (<c>DateOnly</c>, <c>IReadOnlyList&lt;long&gt;</c>).</param>
/// <param name="IsReferenceType">True for reference types (<c>string</c>, arrays, interfaces): they take no <c>?</c> in <c>typeof</c>.</param>
public sealed record LakeClrType(string FullName, string DisplayName, bool IsReferenceType);
