using Assist.Cli.Tests.Infrastructure;
using Assist.TestKit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>Runs <c>assist sql</c> / <c>assist run</c> on submission text written to a temporary folder.</summary>
internal static class SubmissionFiles
{
    /// <summary>The header every test submission starts with.</summary>
    public const string Usings = "using Assist.Lake;\nusing Assist.Query;\nusing Assist.Submissions;\n";

    /// <summary>Writes <paramref name="body"/> (after <see cref="Usings"/>) as sub.cs and runs <c>assist sql</c> on it.</summary>
    public static Task<CliRun> SqlAsync(TempFolder folder, string body, params string[] extra)
    {
        folder.Write("sub.cs", Usings + body);
        return CliRun.RunAsync(folder.Path, FixedClock.Review, CancellationToken.None, null,
            ["sql", "sub.cs", "--out", "out", "--schema", RepoPaths.Schema, .. extra]);
    }

    /// <summary>The diagnostics printed, one per line, without the closing summary line.</summary>
    public static IReadOnlyList<string> Errors(CliRun run) =>
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("assist ", StringComparison.Ordinal)).ToList();
}
