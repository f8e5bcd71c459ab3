using System.Diagnostics;
using Assist.Cli.Submissions.Compiling;
using BenchmarkDotNet.Attributes;

namespace Assist.Bench.Lake;

/// <summary>
/// <c>assist sql</c> of the per-student example, end to end: process start to files written (the parent compiles with
/// Roslyn and checks the allowlist, a child process captures and translates, the parent writes the review). Warm means
/// the files are in the OS cache after the warm-up runs; every iteration is a new process, as for a researcher.
/// The in-process compile row shows how much of that is Roslyn once it is warm.
/// </summary>
[MemoryDiagnoser]
public class SubmissionSqlBenchmarks
{
    private string _assist = "";
    private string _submission = "";
    private string _text = "";
    private string _out = "";

    [GlobalSetup]
    public void Setup()
    {
        _assist = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "assist.exe" : "assist");
        _submission = Path.Combine(BenchLake.RepositoryRoot(), "examples", "submissions", "per_student.cs");
        _text = File.ReadAllText(_submission);
        _out = Directory.CreateTempSubdirectory("assist-bench-sql-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_out, recursive: true);

    [Benchmark(Description = "assist sql per_student.cs (process start to files written)")]
    public int EndToEnd()
    {
        var start = new ProcessStartInfo(_assist) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sql", _submission, "--out", _out })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException("assist sql failed: " + errors);
    }

    [Benchmark(Description = "Roslyn compile + allowlist, in-process, warm")]
    public int CompileOnly() => SubmissionCompiler.Compile(_text, "per_student.cs").Compiled!.Assembly.Length;
}
