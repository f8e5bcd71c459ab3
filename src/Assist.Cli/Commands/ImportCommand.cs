using System.Globalization;
using Assist.Cli.Arguments;
using Assist.Cli.Commands.Schema;
using Assist.Cli.Output;
using Assist.Cli.Import;

namespace Assist.Cli.Commands;

/// <summary><c>assist import &lt;format&gt; &lt;files...&gt; --out &lt;lake&gt;</c>: public ASSISTments data into a lake.</summary>
internal sealed class ImportCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new("import", ["out", "school-year", "schema"], ["force"], maxPositionals: int.MaxValue);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["import"];

    /// <inheritdoc />
    public string Summary => "Import public ASSISTments data (2017 competition file, knowledge-tracing response files) into a lake.";

    /// <inheritdoc />
    public string Help =>
        $"""
        assist import: turn public ASSISTments data into a lake in our layout, so typed queries run on real logs.

        Usage:
          assist import <format> <file> [<file>...] --out <dir> [--school-year YYYY] [--schema <dir>] [--force]

        Formats:
        {string.Join("\n", ImportFormats.All.Select(f => $"  {f.Name,-18}{f.Summary}"))}

        Options:
          --out <dir>         The lake to write: <dir>/<catalog>/<schema>/<table>/data_0.parquet, side tables in
                              <dir>/_side/<format>/, and <dir>/_provenance.json.
          --school-year YYYY  The school year synthesized times fall in (2009 = 2009-10; default {ImportSettings.DefaultSchoolYear}).
                              Only files without times use it (responses).
          --schema <dir>      The schema's YAML folder. Default: ./schema, else the lake schema built into assist.
          --force             Replace <dir> when it exists and is not empty.
          --help              Show this help.

        Files may be plain CSV or gzip. Several files of one format make one lake (same columns in each). Users keep
        their user id, problems their problem id, skills their name; ids, times and assignments a file does not have are
        synthesized, deterministically. docs/import.md says for every lake column whether its value is the platform's
        own, derived or synthesized; _provenance.json records the same for the lake written. A malformed file is
        refused with file(line,column) and nothing is written (the lake goes to a temporary folder renamed into place
        at the end). Progress goes to standard error.

        Exit codes:
          0   the lake was written
          1   a file is malformed or the schema has errors (printed as file(line,col): error: message); nothing written
          2   the command line is wrong (unknown format, missing file or --out, <dir> not empty without --force)

        Example:
          assist import responses ../shared/public-data/assist2009-responses.csv.gz --out lake2009 --school-year 2009

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        if (parsed.Positionals.Count == 0)
        {
            throw new CliUsageException($"assist import: name a format ({string.Join(", ", ImportFormats.All.Select(f => f.Name))}) and the files; see 'assist import --help'.");
        }

        var format = ImportFormats.Find(parsed.Positionals[0]) ?? throw new CliUsageException(
            $"assist import: unknown format '{parsed.Positionals[0]}'; the formats are {string.Join(", ", ImportFormats.All.Select(f => f.Name))}.");
        if (parsed.Positionals.Count < 2)
        {
            throw new CliUsageException("assist import: name at least one file to import.");
        }

        var output = parsed.Option("out") ?? throw new CliUsageException("assist import: --out <dir> is required; see 'assist import --help'.");
        var files = parsed.Positionals.Skip(1).Select(f => (System.IO.Path.GetFullPath(f, context.WorkingDirectory), f)).ToList();
        foreach (var (full, name) in files)
        {
            if (!File.Exists(full))
            {
                throw new CliUsageException($"assist import: file '{name}' does not exist.");
            }
        }

        var target = OutputFolder.Resolve(output, context, parsed.Flag("force"), "import");

        var settings = new ImportSettings(SchoolYear(parsed.Option("school-year")));
        var schema = await SchemaReport.LoadValidAsync(parsed.Option("schema"), context, "import", "nothing was imported.").ConfigureAwait(false);
        if (schema is null)
        {
            return ExitCodes.InputErrors;
        }

        try
        {
            var importer = new LakeImporter(schema.Result.Schema, format, settings, context.Error);
            var result = await Task.Run(() => importer.Run(files, target, context.Cancellation)).ConfigureAwait(false);
            var logs = result.Rows.TryGetValue("cas_core.student_data.problem_logs", out var p) ? p : 0;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported {result.InputRows:N0} rows into {result.Rows.Count} tables ({logs:N0} problem logs) at {output} in {result.Elapsed.TotalSeconds:F1} s ({result.InputRows / Math.Max(result.Elapsed.TotalSeconds, 0.001):N0} rows/s).")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (ImportException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"assist import: {format.Name} input refused; nothing was written.").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }
    }

    private static int SchoolYear(string? text)
    {
        if (text is null)
        {
            return ImportSettings.DefaultSchoolYear;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100
            ? year
            : throw new CliUsageException($"assist import: --school-year must be a year from 1990 to 2100 (2009 for 2009-10); got '{text}'.");
    }
}
