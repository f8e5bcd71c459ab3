using Assist.Cli.Arguments;
using Assist.Cli.Submissions;
using Assist.Cli.Submissions.Capture;

namespace Assist.Cli.Commands.Submissions;

/// <summary><c>assist run file.cs --lake dir --out dir</c>: a submission's outputs computed on a local lake.</summary>
internal sealed class RunCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new("run", [.. SubmissionArguments.Shared, "lake", "format", "rules"], ["no-disclosure", "plots"], maxPositionals: 1);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["run"];

    /// <inheritdoc />
    public string Summary => "Run an enclave submission's outputs on a local lake (CSV or Parquet) with its review.";

    /// <inheritdoc />
    public string Help =>
        $"""
        assist run: run an enclave submission on a local lake, exactly as the enclave would.

        Usage:
          assist run <file.cs> --lake <dir> --out <dir> [--format csv|parquet] [--rules <rules.yaml> | --no-disclosure]
                     [--plots] [--schema <dir>] [--timeout S]

        The same compile and allowlist as assist sql; then, in the child process, every output's DuckDB SQL (the
        text assist sql --dialect duckdb writes) runs on the lake. Writes <name>.csv (header = the C# property
        names, invariant culture, NULL as an empty field, timestamps ISO 8601) or <name>.parquet per output, with
        the Athena <name>.sql files, review.json and review.md. Nothing appears in <dir> unless every file is complete.

        The disclosure rules (docs/disclosure.md) are applied as 'assist check-output' applies them in the enclave: a
        suppressed value is an empty field, counts are rounded, person-level outputs are withheld, and disclosure.md
        and disclosure.json say what was done to which cell. The persons and dominance columns the SQL adds are never
        written.

        Options:
          --lake <dir>       The local lake (<catalog>/<schema>/<table>/*.parquet, e.g. from assist synth).
          --out <dir>        Where to write the files.
          --format F         csv (default) or parquet.
          --rules <file>     The disclosure rules file (YAML); default: the defaults of docs/disclosure.md.
          --no-disclosure    Write the raw local results, unchecked; disclosure.md and the console say so.
          --schema <dir>     The schema for scan estimates. Default: ./schema, else the lake's own.
          --timeout S        Seconds the capture and the runs may take before they are killed (default {CaptureLimits.DefaultTimeoutSeconds}).
          --usd-per-tb N     Athena's price per TB scanned, for the review (default 5).
          --plots            Also draw the submission's Submission.Plot declarations as <plot>.png, read back
                             from the written <output>.csv files (csv format only); nothing extra without them.
          --help             Show this help.

        Exit codes:
          0   the outputs were written
          1   the submission has errors, an output could not run on the lake, or the rules file is refused
          2   the command line is wrong
          74  an output file could not be written

        Example:
          assist run examples/submissions/per_student.cs --lake lake --out results

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        var lake = parsed.Option("lake") ?? throw new CliUsageException("assist run: --lake <dir> is required; see 'assist run --help'.");
        var full = System.IO.Path.GetFullPath(lake, context.WorkingDirectory);
        if (!Directory.Exists(full))
        {
            throw new CliUsageException($"assist run: lake folder '{lake}' does not exist; make one with 'assist synth --out {lake}'.");
        }

        var format = parsed.Option("format") ?? "csv";
        if (format is not ("csv" or "parquet"))
        {
            throw new CliUsageException($"assist run: --format must be csv or parquet; got '{format}'.");
        }

        var options = SubmissionArguments.Read("run", parsed, "athena", full, format) with { Plots = PlotsWanted(parsed, format) };
        var disclosure = await RunRules.ReadAsync(parsed.Option("rules"), parsed.Flag("no-disclosure"), context).ConfigureAwait(false);
        return disclosure is null ? ExitCodes.InputErrors : await SubmissionPipeline.RunAsync("run", options with { Disclosure = disclosure }, context).ConfigureAwait(false);
    }

    // Plots are drawn from the CSV files as written, so they need the CSV format.
    private static bool PlotsWanted(ParsedArguments parsed, string format) =>
        parsed.Flag("plots") && (format == "csv"
            ? true
            : throw new CliUsageException("assist run: --plots draws from the CSV outputs; it cannot be used with --format parquet."));
}
