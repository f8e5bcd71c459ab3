using Assist.Cli.Arguments;
using Assist.Cli.Import;
using Assist.Cli.SchemaInput;
using Assist.Cli.LakeSources;
using Assist.Schema;
using Assist.Schema.Drift;
using Assist.Schema.Drift.Import;

namespace Assist.Cli.Commands.Schema;

/// <summary><c>assist schema import --from information-schema|parquet &lt;source&gt; [--schema dir]</c>: merge a lake into the YAML.</summary>
internal sealed class SchemaImportCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new("schema import", ["schema", "from"], [], maxPositionals: 1);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["schema", "import"];

    /// <inheritdoc />
    public string Summary => "Merge a lake's tables and columns (information_schema CSV or Parquet folder) into the YAML schema.";

    /// <inheritdoc />
    public string Help =>
        """
        assist schema import: merge what a lake holds into the YAML schema, keeping what people wrote.

        Usage:
          assist schema import --from information-schema <columns.csv> [--schema dir]
          assist schema import --from parquet <lake dir> [--schema dir]

        Arguments:
          source     An export of Athena's information_schema.columns as CSV (table_catalog, table_schema,
                     table_name, column_name, ordinal_position, data_type, is_nullable[, comment]), or a lake
                     folder laid out as <lake>/<catalog>/<schema>/<table>/**/*.parquet (types read through DuckDB).

        Options:
          --from     information-schema or parquet; default: a folder is parquet, a file information-schema.
          --schema   The YAML schema folder to merge into; created when missing. Default: ./schema.
          --help     Show this help.

        What changes:
          New tables and columns are added (provenance: imported; pii: true where the name suggests personal
          data, with a comment asking for review); a changed type is rewritten; tables and columns the lake
          no longer has are kept with a comment above them. Descriptions, pii, enums, references, xrefs,
          aliases, order and comments are kept: the files are edited line by line, so a diff shows only the
          import. Every change and finding is printed. Nothing is written when the source or the schema has
          an error, or when the merged schema would not validate.

        Exit codes:
          0   imported (or nothing to change)
          1   the source or the schema has errors (the message names file and line); nothing written
          2   the command line is wrong

        Example:
          assist schema import --from information-schema exports/columns.csv --schema schema/

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        var source = parsed.Positionals.FirstOrDefault()
            ?? throw new CliUsageException("assist schema import: name an information_schema CSV or a lake folder; see 'assist schema import --help'.");
        var schemaDirectory = parsed.Option("schema") ?? "schema";
        var folder = SchemaFolder.Read(System.IO.Path.GetFullPath(schemaDirectory, context.WorkingDirectory));
        if (folder.Result.HasErrors)
        {
            await WriteErrorsAsync(folder.Result, folder, schemaDirectory, context).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"{schemaDirectory}: the schema has errors; fix them before importing (nothing written).").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        ImportPlan plan;
        try
        {
            var lake = LakeSourceReader.Read(source, parsed.Option("from"), context.WorkingDirectory, "schema import");
            plan = SchemaImporter.Plan(folder.Files, folder.Result.Schema, lake, folder.Root);
        }
        catch (LakeSourceException e)
        {
            await context.Error.WriteLineAsync("error: " + e.Message + " (nothing written)").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        // The merged files must load cleanly before any of them is written.
        var merged = SchemaLoader.Load(folder.Files.Where(f => plan.Writes.All(w => w.Path != f.Path)).Concat(plan.Writes.Select(w => new SchemaFile(w.Path, w.Text))));
        if (merged.HasErrors)
        {
            await WriteErrorsAsync(merged, folder, schemaDirectory, context).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"{schemaDirectory}: the merged schema would not validate; nothing written.").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        SchemaFolderWriter.WriteAll(plan.Writes);
        foreach (var line in plan.Report)
        {
            await context.Out.WriteLineAsync(DisplayPaths.Relative(line, folder.Root, schemaDirectory)).ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"{schemaDirectory}: {SchemaReport.Plural(plan.Writes.Count, "file")} written, {SchemaReport.Plural(plan.Report.Count, "change")} and findings above.").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task WriteErrorsAsync(SchemaLoadResult result, SchemaFolder folder, string shown, CliContext context)
    {
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            await context.Error.WriteLineAsync(DisplayPaths.Relative(diagnostic.ToString(), folder.Root, shown)).ConfigureAwait(false);
        }
    }
}
