using System.Diagnostics;
using Assist.Cli.Submissions.Compiling;
using BenchmarkDotNet.Attributes;

namespace Assist.Bench.Lake;

/// <summary>
/// <c>assist sql</c> of the per-student example, end to end: process start to files written (the parent compiles with
/// Roslyn and checks the allowlist while the child capture process starts, the child captures and translates, the
/// parent writes the review). Warm means the files are in the OS cache after the warm-up runs; every iteration is a new
/// process, as for a researcher. Two forms of the same code side by side: the build output (what <c>dotnet run</c>
/// runs: IL, compiled by the JIT at every start) and the published one (what <c>dotnet publish</c> and the tool
/// package give: ReadyToRun native code). The in-process compile row shows how much of that is Roslyn once it is warm.
/// </summary>
[MemoryDiagnoser]
public class SubmissionSqlBenchmarks
{
    private string _built = "";
    private string _published = "";
    private string _submission = "";
    private string _text = "";
    private string _out = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchLake.RepositoryRoot();
        _built = Path.Combine(AppContext.BaseDirectory, Apphost);
        _submission = Path.Combine(root, "examples", "submissions", "per_student.cs");
        _text = File.ReadAllText(_submission);
        _out = Directory.CreateTempSubdirectory("assist-bench-sql-").FullName;
        _published = Publish(root);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_out, recursive: true);

    [Benchmark(Baseline = true, Description = "assist sql per_student.cs, build output (JIT)")]
    public int BuildOutput() => Run(_built);

    [Benchmark(Description = "assist sql per_student.cs, published (ReadyToRun)")]
    public int Published() => Run(_published);

    [Benchmark(Description = "Roslyn compile + allowlist, in-process, warm")]
    public int CompileOnly() => SubmissionCompiler.Compile(_text, "per_student.cs").Compiled!.Assembly.Length;

    private static string Apphost => OperatingSystem.IsWindows() ? "assist.exe" : "assist";

    // `dotnet publish` as the README tells users, into a folder next to the benchmark (incremental after the first run).
    private static string Publish(string root)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "assist-published");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", Path.Combine(root, "src", "Assist.Cli"), "-c", "Release", "-o", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? Path.Combine(folder, Apphost)
            : throw new InvalidOperationException("dotnet publish src/Assist.Cli failed: " + output.Result + errors);
    }

    private int Run(string assist)
    {
        var start = new ProcessStartInfo(assist) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sql", _submission, "--out", _out })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.Result;
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException("assist sql failed: " + errors);
    }
}
