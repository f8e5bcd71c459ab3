using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Assist.Cli.Submissions.Compiling;
using Assist.Query;
using Assist.Submissions;

namespace Assist.Bench.Lake.Research;

/// <summary>
/// A submission file compiled and captured in this process, as <c>assist sql --dialect duckdb</c> does in its child
/// process: the statement our compiler writes for an output, with its parameter values.
/// </summary>
internal static class CapturedSubmission
{
    /// <summary>The DuckDB SQL of output <paramref name="output"/> of the submission at <paramref name="path"/>.</summary>
    public static SqlText DuckDbSql(string path, string output)
    {
        var (compiled, problems) = SubmissionCompiler.Compile(File.ReadAllText(path), Path.GetFileName(path));
        if (compiled is null)
        {
            throw new InvalidOperationException($"{path} does not compile: " + string.Join("; ", problems));
        }

        RuntimeHelpers.RunModuleConstructor(typeof(global::Assist.Lake.Lake).Module.ModuleHandle);
        using var pe = new MemoryStream(compiled.Assembly);
        // A context of its own: a second capture (another benchmark case) loads another assembly named Submission.
        var entry = new AssemblyLoadContext(path, isCollectible: true).LoadFromStream(pe).EntryPoint
            ?? throw new InvalidOperationException($"{path} has no top-level statements.");
        using var capture = SubmissionCapture.Begin();
        entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        capture.Complete();
        return capture.Outputs.Single(o => o.Name == output).Review(SqlDialect.DuckDb).Sql;
    }
}
