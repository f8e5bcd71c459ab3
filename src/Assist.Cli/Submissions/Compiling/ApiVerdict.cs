namespace Assist.Cli.Submissions.Compiling;

/// <summary>Why a symbol is refused: the diagnostic code and the category named in the message.</summary>
/// <param name="Code">AS21xx (docs/diagnostics.md).</param>
/// <param name="Category">What kind of escape it is (files, network, processes ...).</param>
internal sealed record ApiVerdict(string Code, string Category)
{
    public static readonly ApiVerdict NotAllowlisted = new("AS2100", "not on the submission allowlist");
    public static readonly ApiVerdict Files = new("AS2110", "files");
    public static readonly ApiVerdict Network = new("AS2111", "network");
    public static readonly ApiVerdict Processes = new("AS2112", "processes");
    public static readonly ApiVerdict Environment = new("AS2113", "environment");
    public static readonly ApiVerdict Reflection = new("AS2114", "reflection");
    public static readonly ApiVerdict Threads = new("AS2115", "threads and tasks");
    public static readonly ApiVerdict Unsafe = new("AS2116", "unsafe code");
    public static readonly ApiVerdict PInvoke = new("AS2117", "P/Invoke");
    public static readonly ApiVerdict Dynamic = new("AS2118", "dynamic binding");
    public static readonly ApiVerdict CompileExpression = new("AS2119", "compiling expression trees");
    public static readonly ApiVerdict Terminal = new("AS2120", "running a query; capture mode only declares outputs with Submission.Output");
}
