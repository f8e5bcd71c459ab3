using System.Diagnostics;

namespace Assist.Query.Tests.Infrastructure;

/// <summary>
/// With <c>ASSIST_UPDATE_SQL=1</c> (never set in CI), a side-by-side assertion that fails rewrites its expected
/// strings in the test's source file instead: the raw string literals that follow the assertion's line, in argument
/// order, get the SQL the compiler now produces. Review the change with <c>git diff</c>.
/// </summary>
internal static class ExpectedSqlRewriter
{
    public static bool Enabled => Environment.GetEnvironmentVariable("ASSIST_UPDATE_SQL") == "1";

    /// <summary>Rewrites the literals of the first test-code frame on the stack (the caller of SqlAssert).</summary>
    public static void Rewrite(IReadOnlyList<string> actual)
    {
        var frame = new StackTrace(fNeedFileInfo: true).GetFrames()
            .First(f => f.GetFileName() is { } file && !file.EndsWith(nameof(SqlAssert) + ".cs", StringComparison.Ordinal)
                && !file.EndsWith(nameof(ExpectedSqlRewriter) + ".cs", StringComparison.Ordinal));
        var path = frame.GetFileName()!;
        var lines = File.ReadAllLines(path).ToList();
        var index = frame.GetFileLineNumber() - 1;
        foreach (var sql in actual)
        {
            var open = lines.FindIndex(index, l => l.TrimEnd().EndsWith("\"\"\"", StringComparison.Ordinal));
            var close = lines.FindIndex(open + 1, l => l.TrimStart().StartsWith("\"\"\"", StringComparison.Ordinal));
            if (open < 0 || close < 0)
            {
                throw new InvalidOperationException($"{path}({index + 1}): no raw string literal to rewrite.");
            }

            var indent = lines[close][..(lines[close].Length - lines[close].TrimStart().Length)];
            lines.RemoveRange(open + 1, close - open - 1);
            lines.InsertRange(open + 1, sql.Split('\n').Select(l => l.Length == 0 ? l : indent + l));
            index = open + 1 + sql.Split('\n').Length + 1;
        }

        File.WriteAllLines(path, lines);
    }
}
