using BenchmarkDotNet.Running;

namespace Assist.Bench.Query;

internal static class Program
{
    private const string OutOfProcess = "--outOfProcess";
    private const string InProcess = "--inProcess";

    private static int Main(string[] args)
    {
        // `--show-sql` prints what each variant translates to, to check that they compute the same thing.
        if (args is ["--show-sql"])
        {
            ShowSql.Print(Console.Out);
            return 0;
        }

        // `--first-call assist|linq2db` times the first translation in this fresh process.
        if (args is ["--first-call", var variant])
        {
            return FirstCall.Run(variant, Console.Out);
        }

        // `--loop variant seconds` runs one variant alone, for a profiler to attach to.
        if (args is ["--loop", var loopVariant, var seconds])
        {
            return ProfileLoop.Run(loopVariant, seconds, Console.Out);
        }

        // `--cpu-compare rounds` times the variants side by side by thread CPU time (for a shared, loaded machine).
        if (args is ["--cpu-compare", var rounds] && int.TryParse(rounds, System.Globalization.CultureInfo.InvariantCulture, out var roundCount))
        {
            return CpuComparison.Run(roundCount, Console.Out);
        }

        // In-process unless --outOfProcess is given: the out-of-process toolchain rebuilds the referenced projects in
        // their own obj/ folders, which collides with other builds on a shared machine. Passing BenchmarkDotNet's own
        // --inProcess flag (rather than a config job marked AsDefault) keeps --job short and friends working.
        var benchmarkArgs = args.Contains(OutOfProcess, StringComparer.Ordinal)
            ? args.Where(a => a != OutOfProcess).ToArray()
            : args.Contains(InProcess, StringComparer.OrdinalIgnoreCase) ? args : [.. args, InProcess];
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs);
        return 0;
    }
}
