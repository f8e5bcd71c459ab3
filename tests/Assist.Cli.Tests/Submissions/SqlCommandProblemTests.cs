using System.Diagnostics;
using Assist.Cli.Submissions.Capture;
using Assist.Cli.Submissions.Compiling;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>
/// <c>assist sql</c> end to end on submissions with problems: each is reported as <c>file(line,col): error CODE</c>
/// against the submission's own file, exit code 1, and nothing is written.
/// </summary>
public sealed class SqlCommandProblemTests
{
    [Fact]
    public async Task A_compile_error_is_reported_at_its_own_line_and_column()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, "var q = Lake.CasCore.Users.Users;\nvar broken = q.NoSuchOperator();\n");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(SubmissionFiles.Errors(run));
        Assert.StartsWith("sub.cs(5,16): error CS1061: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task A_forbidden_call_is_refused_before_anything_runs()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, "var secret = System.IO.File.ReadAllText(\"/etc/hostname\");\nSubmission.Output(\"ids\", Lake.CasCore.Users.Users);\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["sub.cs(4,24): error AS2110: System.IO.File is not allowed in a submission (files)"], SubmissionFiles.Errors(run));
    }

    [Fact]
    public async Task An_endless_loop_is_reported_as_killed()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, "var n = 0L;\nwhile (true) { n++; }\n", "--timeout", "2");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(SubmissionFiles.Errors(run));
        Assert.StartsWith("sub.cs(1,1): error AS2401: the submission did not finish within 2 s and was killed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endless_loop_is_killed_within_the_limit()
    {
        // The compile is left out of the timing: the limit is on the capture process alone.
        var compiled = SubmissionCompiler.Compile(SubmissionFiles.Usings + "var n = 0L;\nwhile (true) { n++; }\n", "sub.cs").Compiled!;
        var clock = Stopwatch.StartNew();

        var (result, failure) = await CaptureProcess.RunAsync(compiled, new CaptureRequestOptions("athena", null, null, "csv"),
            new CaptureLimits(TimeSpan.FromSeconds(2), CaptureLimits.DefaultMemoryBytes), CancellationToken.None);

        Assert.Null(result);
        Assert.Equal("AS2401", failure?.Code);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_run_on_a_lake_that_runs_out_of_time_says_the_limit_covers_the_outputs_runs_too()
    {
        // With a lake the limit also covers running the outputs, which real data can make longer than the default.
        using var folder = new TempFolder();
        var compiled = SubmissionCompiler.Compile(SubmissionFiles.Usings + "var n = 0L;\nwhile (true) { n++; }\n", "sub.cs").Compiled!;

        var (_, failure) = await CaptureProcess.RunAsync(compiled, new CaptureRequestOptions("athena", folder.Path, folder.Combine("raw"), "csv"),
            new CaptureLimits(TimeSpan.FromSeconds(1), CaptureLimits.DefaultMemoryBytes), CancellationToken.None);

        Assert.Equal("AS2401", failure?.Code);
        Assert.Contains("running every output on the lake; an endless loop, or a large lake (raise --timeout)", failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runaway_allocation_hits_the_memory_limit()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, "var hoard = new List<long[]>();\nwhile (true) { hoard.Add(new long[1_000_000]); }\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error AS2402: the submission ran out of memory", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_without_outputs_is_an_error()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, "var q = Lake.CasCore.Users.Users;\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["sub.cs(1,1): error AS2304: the submission declares no outputs: hand each result to Submission.Output(name, query)"], SubmissionFiles.Errors(run));
    }

    [Fact]
    public async Task Two_outputs_with_one_name_point_at_the_second()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, """
            var q = Lake.CasCore.Users.Users.Select(u => u.Id);
            Submission.Output("ids", q);
              Submission.Output("ids", q);

            """);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["sub.cs(6,3): error AS2302: output name 'ids' is declared twice (first at line 5); each output needs its own name."], SubmissionFiles.Errors(run));
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task A_bad_output_name_is_an_error()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, "Submission.Output(\"Per-Student\", Lake.CasCore.Users.Users.Select(u => u.Id));\n");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(SubmissionFiles.Errors(run));
        Assert.StartsWith("sub.cs(4,1): error AS2301: output name 'Per-Student' is not valid", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_untranslatable_query_names_the_output_its_line_the_construct_and_the_dialect()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, """
            var q = Lake.CasCore.StudentData.ProblemLogs.Select(p => new { Rounded = Math.Round((double)p.HintCount) });
            Submission.Output("rounded", q);

            """);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(SubmissionFiles.Errors(run));
        Assert.StartsWith("sub.cs(5,1): error AS2405: output 'rounded' (Submission.Output at line 5) cannot be translated: ", error, StringComparison.Ordinal);
        Assert.Contains("Math.Round", error, StringComparison.Ordinal);
        Assert.Contains("Athena", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_dialect_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, "", "--dialect", "postgres");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--dialect must be athena, trino or duckdb", run.Error, StringComparison.Ordinal);
    }
}
