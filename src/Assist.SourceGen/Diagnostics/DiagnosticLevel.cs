namespace Assist.SourceGen.Diagnostics;

/// <summary>The severity of a schema diagnostic, kept as a plain enum so diagnostic values stay Roslyn-free and cacheable.</summary>
internal enum DiagnosticLevel
{
    /// <summary>Reported as a compiler error.</summary>
    Error,

    /// <summary>Reported as a compiler warning.</summary>
    Warning,
}
