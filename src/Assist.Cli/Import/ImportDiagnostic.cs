using System.Globalization;

namespace Assist.Cli.Import;

/// <summary>One problem with an input file, at a line and column (both 1-based), printed as compilers do.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">The line (1 is the header).</param>
/// <param name="Column">The character column on that line.</param>
/// <param name="Message">What is wrong and what was expected.</param>
internal sealed record ImportDiagnostic(string File, long Line, long Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): error: {Message}");
}
