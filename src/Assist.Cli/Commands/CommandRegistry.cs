using Assist.Cli.Commands.Schema;
using Assist.Cli.Commands.Submissions;

namespace Assist.Cli.Commands;

/// <summary>Every verb of the <c>assist</c> command. Add a verb by adding one line here.</summary>
internal static class CommandRegistry
{
    /// <summary>The verbs, in the order <c>assist --help</c> lists them.</summary>
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new SchemaValidateCommand(),
        new SchemaDocsCommand(),
        new SchemaImportCommand(),
        new SchemaDiffCommand(),
        new SynthCommand(),
        new DemoCommand(),
        new ImportCommand(),
        new SqlCommand(),
        new RunCommand(),
        new CheckOutputCommand(),
        new CaptureCommand(),
    ];
}
