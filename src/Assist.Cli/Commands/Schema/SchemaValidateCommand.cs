using Assist.Cli.Arguments;
using Assist.Cli.SchemaInput;

namespace Assist.Cli.Commands.Schema;

/// <summary><c>assist schema validate [dir]</c>: loads the YAML schema and prints every problem.</summary>
internal sealed class SchemaValidateCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new("schema validate", [], [], maxPositionals: 1);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["schema", "validate"];

    /// <inheritdoc />
    public string Summary => "Check the lake's YAML schema and print every problem with file(line,col).";

    /// <inheritdoc />
    public string Help =>
        """
        assist schema validate: check the lake's YAML schema and print every problem.

        Usage:
          assist schema validate [dir]

        Arguments:
          dir        The folder holding the schema's *.yaml files (searched recursively).
                     Default: ./schema; when ./schema does not exist, the lake schema built into
                     assist is checked.

        Options:
          --help     Show this help.

        Output:
          One line per problem, as compilers print them, with paths relative to the current folder:
            schema/cas_core/core.yaml(12,9): error AS0102: unknown key 'nulable' ...
          then a summary line. Codes are explained in docs/diagnostics.md.

        Exit codes:
          0   no errors (warnings may have been printed)
          1   the schema has errors
          2   the command line is wrong (unknown option, folder does not exist)

        Example:
          assist schema validate schema/

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        var schema = SchemaSource.Load(parsed.Positionals.FirstOrDefault(), context, "schema validate");
        context.Cancellation.ThrowIfCancellationRequested();

        await SchemaReport.WriteDiagnosticsAsync(schema, context.Out).ConfigureAwait(false);
        if (schema.Result.HasErrors)
        {
            await context.Out.WriteLineAsync(
                $"{schema.Origin}: {SchemaReport.Counts(schema)} in {SchemaReport.Plural(schema.FileCount, "file")}.").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        await context.Out.WriteLineAsync(
            $"{schema.Origin}: {SchemaReport.Counts(schema)}; {SchemaReport.Size(schema)} in {SchemaReport.Plural(schema.FileCount, "file")}.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
