using Assist.Cli.Arguments;
using Assist.Cli.LakeSources;
using Assist.Cli.SchemaInput;
using Assist.Schema.Drift;

namespace Assist.Cli.Commands.Schema;

/// <summary><c>assist schema diff &lt;information_schema csv | lake dir&gt;</c>: what differs between the YAML and a lake.</summary>
internal sealed class SchemaDiffCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new("schema diff", ["schema", "from"], [], maxPositionals: 1);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["schema", "diff"];

    /// <inheritdoc />
    public string Summary => "Compare the YAML schema with a lake (information_schema CSV or Parquet folder); exit 1 when they differ.";

    /// <inheritdoc />
    public string Help =>
        """
        assist schema diff: what differs between the YAML schema and a lake.

        Usage:
          assist schema diff <information_schema.csv | lake dir> [--schema dir] [--from information-schema|parquet]

        Arguments:
          source     An export of Athena's information_schema.columns as CSV (table_catalog, table_schema,
                     table_name, column_name, ordinal_position, data_type, is_nullable[, comment]), or a lake
                     folder laid out as <lake>/<catalog>/<schema>/<table>/**/*.parquet.

        Options:
          --schema   The YAML schema folder. Default: ./schema, else the schema built into assist.
          --from     How to read the source; default: a folder is parquet, a file information-schema.
          --help     Show this help.

        Output:
          One line per difference (tables, columns, types, nullability where the lake says YES or NO),
          naming the YAML file(line,col) and the lake's file and line. Only catalogs the source holds are
          compared. Parquet types are compared in DuckDB's spelling (timestamp precisions all read TIMESTAMP).

        Exit codes:
          0   no differences
          1   they differ, or the source or the schema cannot be read (the message names file and line)
          2   the command line is wrong

        Example:
          assist schema diff exports/columns.csv --schema schema/

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        var source = parsed.Positionals.FirstOrDefault()
            ?? throw new CliUsageException("assist schema diff: name an information_schema CSV or a lake folder; see 'assist schema diff --help'.");
        var schema = SchemaSource.Load(parsed.Option("schema"), context, "schema diff");
        if (schema.Result.HasErrors)
        {
            await SchemaReport.WriteDiagnosticsAsync(schema, context.Error).ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        ObservedLake lake;
        try
        {
            lake = LakeSourceReader.Read(source, parsed.Option("from"), context.WorkingDirectory, "schema diff");
        }
        catch (LakeSourceException e)
        {
            await context.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        var differences = LakeDiffer.Compare(schema.Result.Schema, lake);
        var schemaRoot = System.IO.Path.GetFullPath(schema.Origin, context.WorkingDirectory);
        foreach (var difference in differences)
        {
            await context.Out.WriteLineAsync(DisplayPaths.Relative(difference.ToString(), schemaRoot, schema.Origin)).ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync(differences.Count == 0
            ? $"{schema.Origin} matches {source} ({SchemaReport.Plural(lake.Tables.Count, "table")} in the lake)."
            : $"{schema.Origin} differs from {source}: {SchemaReport.Plural(differences.Count, "difference")}.").ConfigureAwait(false);
        return differences.Count == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
