using Assist.Cli.Tests.Infrastructure;
using Assist.Cli.Tests.Submissions;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>
/// Runs an example of examples/research with <c>assist run</c> and <c>assist sql</c>. Every research test runs the
/// examples through <see cref="RunAsync"/>, so a flag all of them need (e.g. one that turns off disclosure control to
/// compare raw results) is added in that one place.
/// </summary>
internal static class ResearchRun
{
    /// <summary>The example file, relative to the repository.</summary>
    public static string File(string example) => $"examples/research/{example}.cs";

    /// <summary><c>assist run examples/research/&lt;example&gt;.cs --lake &lt;lake&gt; --out &lt;out&gt;</c> plus <paramref name="extra"/>.</summary>
    public static Task<CliRun> RunAsync(string example, string lake, string output, params string[] extra) =>
        RunFileAsync(File(example), lake, output, extra);

    /// <summary>
    /// <c>assist run &lt;submission&gt;</c> (a path: an example, or an edited copy of one) with raw results: disclosure
    /// control is switched off because the tests compare with raw hand-written results.
    /// </summary>
    public static Task<CliRun> RunFileAsync(string submission, string lake, string output, params string[] extra) =>
        CliRun.RunAsync(RepoPaths.Root, ["run", submission, "--lake", lake, "--out", output, "--schema", "schema", "--no-disclosure", .. extra]);

    /// <summary>
    /// <c>assist sql</c> of the example in the Athena dialect (fixed clock, for golden files); asserts it succeeded and
    /// every statement passes the Trino grammar; returns the output folder's files by name.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> AthenaSqlAsync(string example, TempFolder folder)
    {
        var output = folder.Combine("athena");
        var run = await CliRun.RunAsync(RepoPaths.Root, FixedClock.Review, CancellationToken.None, null, "sql", File(example), "--out", output, "--schema", "schema");
        Assert.True(run.ExitCode == 0, run.Error);
        var files = Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), System.IO.File.ReadAllText, StringComparer.Ordinal);
        foreach (var (name, sql) in files.Where(f => f.Key.EndsWith(".sql", StringComparison.Ordinal)))
        {
            Assert.False(string.IsNullOrWhiteSpace(sql), name);
            TrinoGrammar.AssertValid(sql);
        }

        return files;
    }
}
