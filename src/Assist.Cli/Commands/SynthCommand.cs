using System.Globalization;
using Assist.Cli.Arguments;
using Assist.Cli.Commands.Schema;
using Assist.Cli.Output;
using Assist.Cli.Synth;

namespace Assist.Cli.Commands;

/// <summary><c>assist synth --out dir</c>: writes a synthetic lake for every table of the schema.</summary>
internal sealed class SynthCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new("synth", ["out", "students", "seed", "schema", "from", "years"], ["force", "papers-year"], maxPositionals: 0);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["synth"];

    /// <inheritdoc />
    public string Summary => "Generate a synthetic lake (Parquet, same layout as the real one) from the schema.";

    /// <inheritdoc />
    public string Help =>
        $"""
        assist synth: generate a synthetic lake for every table of the schema.

        Usage:
          assist synth --out <dir> [--students N] [--seed S] [--from YYYY] [--years N | --papers-year] [--schema <dir>] [--force]

        Options:
          --out <dir>       Where to write the lake: <dir>/<catalog>/<schema>/<table>/data_N.parquet.
          --students N      Number of students (default {SynthOptions.DefaultStudents}); schools, teachers, classes,
                            assignments and logs follow from it (about 370 problem logs per student).
          --seed S          Seed (default {SynthOptions.DefaultSeed}); the same seed gives byte-identical files.
          --from YYYY       The first school year (2023 = 2023-24; default {SynthCalendar.DefaultFirstYear}). The lake holds school years from
                            2018-19 on.
          --years N         How many consecutive school years (default {SynthCalendar.DefaultYears}); each class belongs to one of them.
          --papers-year     The papers' 2004-05 school year (seeds/001, 002): the same as --from 2004 --years 1.
          --schema <dir>    The schema's YAML folder. Default: ./schema, else the lake schema built into assist.
          --force           Replace <dir> when it exists and is not empty.
          --help            Show this help.

        The lake is generated inside DuckDB and written to a temporary folder next to <dir>, which is renamed
        into place only when every table is written. Students have a latent ability and improve month by month
        over their class's school year; weaker students ask for more hints, need more attempts, see the bottom-out
        hint more often and take longer. Every foreign key has its parent and every xid resolves through
        external_references to a row of the right kind. Progress goes to standard error.

        Exit codes:
          0   the lake was written
          1   the schema has errors, or the lake could not be generated (nothing was written)
          2   the command line is wrong (missing --out, bad number, <dir> not empty without --force)

        Example:
          assist synth --out lake --students 2000 --seed 7

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        var output = parsed.Option("out") ?? throw new CliUsageException("assist synth: --out <dir> is required; see 'assist synth --help'.");
        var students = ParseNumber(parsed.Option("students"), "students", SynthOptions.DefaultStudents, 1, 5_000_000);
        var seed = ParseNumber(parsed.Option("seed"), "seed", SynthOptions.DefaultSeed, long.MinValue, long.MaxValue);
        var calendar = Calendar(parsed);
        var target = OutputFolder.Resolve(output, context, parsed.Flag("force"), "synth");

        var schema = await SchemaReport.LoadValidAsync(parsed.Option("schema"), context, "synth", "no lake was written.").ConfigureAwait(false);
        if (schema is null)
        {
            return ExitCodes.InputErrors;
        }

        try
        {
            var options = new SynthOptions(target, (int)students, seed, calendar);
            var result = await Task.Run(() => new LakeSynthesizer(schema.Result.Schema, options, context.Error).Run(context.Cancellation)).ConfigureAwait(false);
            await context.Out.WriteLineAsync(Report(result, output) + $" School years {calendar.Describe()}.").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (SynthException e)
        {
            await context.Error.WriteLineAsync($"assist synth: {e.Message} No lake was written.").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }
    }

    /// <summary>The line printed when a lake is written.</summary>
    internal static string Report(LakeSynthesizer.Result result, string output)
    {
        var rows = result.Rows.Values.Sum();
        var problemLogs = result.Rows.TryGetValue("cas_core.student_data.problem_logs", out var p) ? p : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"Wrote {result.Rows.Count} tables, {rows:N0} rows ({problemLogs:N0} problem logs) to {output} in {result.Elapsed.TotalSeconds:F1} s ({rows / Math.Max(result.Elapsed.TotalSeconds, 0.001):N0} rows/s).");
    }

    private static SynthCalendar Calendar(Arguments.ParsedArguments parsed)
    {
        if (parsed.Flag("papers-year"))
        {
            return parsed.Option("from") is null && parsed.Option("years") is null
                ? SynthCalendar.Papers
                : throw new CliUsageException("assist synth: --papers-year is the 2004-05 school year; give it without --from and --years.");
        }

        var from = ParseNumber(parsed.Option("from"), "from", SynthCalendar.DefaultFirstYear, 1990, 2100);
        var years = ParseNumber(parsed.Option("years"), "years", SynthCalendar.DefaultYears, 1, 20);
        return new SynthCalendar((int)from, (int)years);
    }

    private static long ParseNumber(string? text, string name, long fallback, long min, long max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CliUsageException($"assist synth: --{name} must be a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}; got '{text}'.");
        }

        return value;
    }
}
