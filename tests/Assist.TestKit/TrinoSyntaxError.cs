using System.Globalization;

namespace Assist.TestKit;

/// <summary>One syntax error reported by dt-sql-parser's Trino grammar (lines and columns are 1-based).</summary>
public sealed record TrinoSyntaxError(int StartLine, int EndLine, int StartColumn, int EndColumn, string Message)
{
    /// <summary>The error as <c>L1:1-6 'SELEC' is not valid at this position, expecting a keyword</c>.</summary>
    public override string ToString()
    {
        var span = StartLine == EndLine
            ? string.Create(CultureInfo.InvariantCulture, $"L{StartLine}:{StartColumn}-{EndColumn}")
            : string.Create(CultureInfo.InvariantCulture, $"L{StartLine}:{StartColumn}-L{EndLine}:{EndColumn}");
        return span + " " + Message;
    }
}
