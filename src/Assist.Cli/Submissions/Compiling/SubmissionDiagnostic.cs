using System.Globalization;

namespace Assist.Cli.Submissions.Compiling;

/// <summary>One problem with a submission, printed the way compilers print them so editors can jump to it.</summary>
/// <param name="File">The submission file as the user named it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Code">CSxxxx for compiler errors, AS2xxx for submission rules (docs/diagnostics.md).</param>
/// <param name="Message">What is wrong.</param>
internal sealed record SubmissionDiagnostic(string File, int Line, int Column, string Code, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): error {Code}: {Message}");
}
