using System.Globalization;
using Assist.Cli.Arguments;
using Assist.Cli.Commands.Schema;
using Assist.Cli.Demo;
using Assist.Cli.SchemaInput;
using Assist.Cli.Synth;
using Assist.Query;

namespace Assist.Cli.Commands;

/// <summary><c>assist demo</c>: a small synthetic lake (cached), the papers' research queries on it, their Athena SQL.</summary>
internal sealed class DemoCommand : ICliCommand
{
    private const int DefaultStudents = 300;
    private static readonly ArgumentParser Parser = new("demo", ["students", "seed", "rows", "lake"], ["refresh"], maxPositionals: 0);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["demo"];

    /// <inheritdoc />
    public string Summary => "Run the papers' research queries on a small synthetic lake and show their Athena SQL.";

    /// <inheritdoc />
    public string Help =>
        $"""
        assist demo: run research queries of seeds/001 and 002 on a synthetic lake, offline.

        Usage:
          assist demo [--students N] [--seed S] [--rows N] [--lake <dir>] [--refresh]

        Makes a small synthetic lake from the lake schema built into assist (kept in the cache folder
        {DemoLakeCache.Root()} and reused), then runs three typed queries on it with DuckDB: each student's
        percent correct, hints, attempts and bottom-out hints on original items; a month-by-month panel of
        percent correct; problem sets by difficulty. Prints the first rows of each as a table and the Athena
        SQL the same query compiles to.

        Options:
          --students N   Students in the demo lake (default {DefaultStudents}).
          --seed S       Seed (default {SynthOptions.DefaultSeed}).
          --rows N       Rows shown per query (default 10).
          --lake <dir>   Query this lake instead (e.g. one written by assist synth); nothing is generated.
          --refresh      Generate the cached lake again.
          --help         Show this help.

        Exit codes:
          0   the queries ran
          1   the lake could not be made or read (the message says which table or file)
          2   the command line is wrong

        Example:
          assist demo --rows 5

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        var students = (int)Number(parsed.Option("students"), "students", DefaultStudents, 1, 100_000);
        var seed = Number(parsed.Option("seed"), "seed", SynthOptions.DefaultSeed, long.MinValue, long.MaxValue);
        var rows = (int)Number(parsed.Option("rows"), "rows", 10, 1, 1_000_000);

        try
        {
            var folder = parsed.Option("lake") is { } given
                ? System.IO.Path.GetFullPath(given, context.WorkingDirectory)
                : await PrepareCachedLakeAsync(students, seed, parsed.Flag("refresh"), context).ConfigureAwait(false);
            if (folder is null)
            {
                return ExitCodes.InputErrors;
            }

            await using var lake = LocalLake.Open(folder);
            await context.Out.WriteLineAsync($"Lake: {folder}").ConfigureAwait(false);
            await context.Out.WriteLineAsync().ConfigureAwait(false);
            await new DemoRunner(lake, context.Out, rows).RunAllAsync(context.Cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is LocalLakeException or SynthException)
        {
            await context.Error.WriteLineAsync("assist demo: " + e.Message).ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }
    }

    private static async Task<string?> PrepareCachedLakeAsync(int students, long seed, bool refresh, CliContext context)
    {
        var files = EmbeddedLakeSchema.Files();
        var schema = EmbeddedLakeSchema.Load();
        if (schema.HasErrors)
        {
            await SchemaReport.WriteDiagnosticsAsync(new LoadedSchema(schema, SchemaSource.BuiltInOrigin, files.Count), context.Error).ConfigureAwait(false);
            return null;
        }

        var folder = DemoLakeCache.FolderFor(files, students, seed);
        if (refresh && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        if (!Directory.Exists(folder))
        {
            await context.Error.WriteLineAsync($"Generating the demo lake ({students.ToString(CultureInfo.InvariantCulture)} students) in {folder} ...").ConfigureAwait(false);
        }

        var (path, _) = await Task.Run(() => DemoLakeCache.Ensure(schema, files, students, seed, context.Error, context.Cancellation)).ConfigureAwait(false);
        return path;
    }

    private static long Number(string? text, string name, long fallback, long min, long max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"assist demo: --{name} must be a whole number from {min} to {max}; got '{text}'."));
        }

        return value;
    }
}
