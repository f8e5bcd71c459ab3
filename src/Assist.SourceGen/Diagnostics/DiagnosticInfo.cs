namespace Assist.SourceGen.Diagnostics;

/// <summary>
/// A diagnostic to report, located in a schema file by offsets and line/column (0-based, as Roslyn wants them).
/// </summary>
/// <remarks>
/// Cacheability contract: only strings, ints and enums, so two runs that find the same problem produce equal values
/// and the diagnostics output is skipped when nothing changed. The Roslyn <c>Location</c> is built at report time.
/// </remarks>
/// <param name="Id">The code, e.g. <c>AS0101</c> (schema) or <c>ASG0002</c> (generator).</param>
/// <param name="Level">Error or warning.</param>
/// <param name="Message">The message, already formatted.</param>
/// <param name="FilePath">The YAML file; empty when the problem has no place in a file.</param>
/// <param name="Start">Offset of the first character in the file.</param>
/// <param name="Length">Length of the located text.</param>
/// <param name="Line">0-based line.</param>
/// <param name="Column">0-based column.</param>
/// <param name="EndLine">0-based line of the end.</param>
/// <param name="EndColumn">0-based column of the end.</param>
internal sealed record DiagnosticInfo(
    string Id,
    DiagnosticLevel Level,
    string Message,
    string FilePath,
    int Start,
    int Length,
    int Line,
    int Column,
    int EndLine,
    int EndColumn);
