using BenchmarkDotNet.Running;

namespace Assist.Bench.Lake;

internal static class Program
{
    private const string OutOfProcess = "--outOfProcess";
    private const string InProcess = "--inProcess";

    private static int Main(string[] args)
    {
        // `--show-sql` prints the DuckDB SQL of the typed query next to the hand-written one.
        if (args is ["--show-sql"])
        {
            Console.WriteLine(Assist.Query.QuerySqlExtensions.ToSql(TypedQueryBenchmarks.Query(), Assist.Query.SqlDialect.DuckDb).Text);
            Console.WriteLine();
            Console.WriteLine(TypedQueryBenchmarks.HandSql);
            return 0;
        }

        // `--explain-online-measures [students]` prints DuckDB's EXPLAIN ANALYZE of both online-measures statements.
        if (args.Length > 0 && args[0] == "--explain-online-measures")
        {
            Research.OnlineMeasuresExplain.Print(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2650);
            return 0;
        }

        // `--import-rate [runs]` times `assist import responses` of the largest public files with a Stopwatch.
        if (args.Length > 0 && args[0] == "--import-rate")
        {
            ImportRate.Print(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return 0;
        }

        // In-process unless --outOfProcess is given: the out-of-process toolchain rebuilds the referenced projects in
        // their own obj/ folders, which collides with other builds on a shared machine. Appending --inProcess (rather
        // than a config job marked AsDefault, with which BenchmarkDotNet ignores --job) keeps --job short working.
        var benchmarkArgs = args.Contains(OutOfProcess, StringComparer.Ordinal)
            ? args.Where(a => a != OutOfProcess).ToArray()
            : args.Contains(InProcess, StringComparer.OrdinalIgnoreCase) ? args : [.. args, InProcess];
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs);
        return 0;
    }
}
