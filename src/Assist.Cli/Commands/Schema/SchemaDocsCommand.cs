using Assist.Cli.Arguments;
using Assist.Cli.Docs;
using Assist.Cli.SchemaInput;

namespace Assist.Cli.Commands.Schema;

/// <summary><c>assist schema docs [dir] --out &lt;dir&gt;</c>: writes the data dictionary as Markdown.</summary>
internal sealed class SchemaDocsCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new("schema docs", ["out"], [], maxPositionals: 1);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["schema", "docs"];

    /// <inheritdoc />
    public string Summary => "Write the lake's data dictionary (Markdown): tables, columns, enumerations, joins.";

    /// <inheritdoc />
    public string Help =>
        """
        assist schema docs: write the lake's data dictionary as Markdown.

        Usage:
          assist schema docs [dir] --out <folder>

        Arguments:
          dir             The folder holding the schema's *.yaml files (searched recursively).
                          Default: ./schema; when ./schema does not exist, the lake schema built
                          into assist is used.

        Options:
          --out <folder>  Where to write the dictionary (required). It must be new, empty, or a
                          dictionary an earlier run wrote; it is replaced only when the new one is
                          complete.
          --help          Show this help.

        Output:
          index.md               the lake at a glance, how ids and xids work, personal data
          <catalog>/index.md     a catalog's schemas and tables
          <catalog>/<schema>.md  every table: description, rows, keys, columns (type, C# type,
                                 nullability, PII, enumeration, provenance) and how to join it,
                                 as SQL and as the generated C# navigations
          enums.md               the enumerations and their values

        Exit codes:
          0   the dictionary was written
          1   the schema has errors (printed); nothing was written
          2   the command line is wrong (missing --out, folder does not exist, --out is not
              replaceable)
          74  the dictionary could not be written (permissions, disk full); --out is unchanged

        Example:
          assist schema docs schema/ --out docs/lake

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        var outArgument = parsed.Option("out")
            ?? throw new CliUsageException("assist schema docs: --out <folder> is required (where to write the dictionary).");
        var outDirectory = System.IO.Path.GetFullPath(outArgument, context.WorkingDirectory);
        if (DataDictionaryWriter.CheckReplaceable(outDirectory) is { } refusal)
        {
            throw new CliUsageException($"assist schema docs: {refusal.Replace(outDirectory, outArgument, StringComparison.Ordinal)}");
        }

        var schema = SchemaSource.Load(parsed.Positionals.FirstOrDefault(), context, "schema docs");
        await SchemaReport.WriteDiagnosticsAsync(schema, context.Error).ConfigureAwait(false);
        if (schema.Result.HasErrors)
        {
            await context.Error.WriteLineAsync(
                $"assist schema docs: {schema.Origin} has {SchemaReport.Counts(schema)}; nothing was written.").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        var pages = new DataDictionaryBuilder(schema.Result.Schema).Build();
        var files = new List<(string Path, string Text)>();
        foreach (var page in pages)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            files.Add((page.Path, TemplateRenderer.Render(page.Template, page.Model)));
        }

        try
        {
            DataDictionaryWriter.Write(outDirectory, files, context.Cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"assist schema docs: could not write '{outArgument}': {e.Message}").ConfigureAwait(false);
            return ExitCodes.CannotWrite;
        }

        await context.Out.WriteLineAsync(
            $"Wrote the data dictionary of {schema.Origin} ({SchemaReport.Size(schema)}): {SchemaReport.Plural(files.Count, "page")} in {outArgument}.")
            .ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
