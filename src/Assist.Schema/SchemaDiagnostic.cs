using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>How bad a schema problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The schema cannot be used as it is.</summary>
    Error,
    /// <summary>Suspicious but usable.</summary>
    Warning,
}

/// <summary>One problem found in the schema files: a stable code (see docs/diagnostics.md), where, and what to do.</summary>
/// <param name="Code">Stable code, e.g. <c>AS0101</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">A message a person can act on.</param>
/// <param name="Span">File, line and column.</param>
public sealed record SchemaDiagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary>The compiler-style line: <c>file(line,col): error AS0123: message</c>.</summary>
    public override string ToString() =>
        $"{Span.File}({Span.Line},{Span.Column}): {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
