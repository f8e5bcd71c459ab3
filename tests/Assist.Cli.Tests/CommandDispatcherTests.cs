using Assist.TestKit;
using Assist.Cli.Commands;
using Assist.Cli.Tests.Infrastructure;
using Xunit;

namespace Assist.Cli.Tests;

public sealed class CommandDispatcherTests
{
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var command in CommandRegistry.All.Where(c => !c.Hidden))
        {
            data.Add(string.Join(' ', command.Path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Every_verb_has_help_with_usage_options_exit_codes_and_an_example(string verb)
    {
        var command = CommandRegistry.All.Single(c => string.Join(' ', c.Path) == verb);

        var run = await CliRun.RunAsync(RepoPaths.Root, [.. command.Path, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(command.Help, run.Out);
        foreach (var section in new[] { "Usage:", "Options:", "Exit codes:", "Example:" })
        {
            Assert.Contains(section, command.Help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_after_other_arguments_still_shows_help_and_runs_nothing()
    {
        // Input: --help mixed with arguments that would otherwise write files.
        using var dir = new TempFolder();

        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", "--out", "x", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("assist schema docs:", run.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task Main_help_lists_every_verb()
    {
        var run = await CliRun.RunAsync(RepoPaths.Root, "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in CommandRegistry.All.Where(c => !c.Hidden))
        {
            Assert.Contains($"  {string.Join(' ', command.Path)}", run.Out, StringComparison.Ordinal);
            Assert.Contains(command.Summary, run.Out, StringComparison.Ordinal);
        }

        // The capture child's verb is internal: it runs, but is not offered.
        Assert.All(CommandRegistry.All.Where(c => c.Hidden), c => Assert.DoesNotContain(c.Summary, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_arguments_prints_help_and_exits_2()
    {
        // Bad input: nothing at all.
        var run = await CliRun.RunAsync(RepoPaths.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_prints_a_message_and_the_verbs_and_exits_2()
    {
        // Bad input: a verb that does not exist.
        var run = await CliRun.RunAsync(RepoPaths.Root, "frobnicate", "--out", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("assist: unknown command 'frobnicate'.\nCommands:\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("  schema validate ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'assist --help' for usage.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_of_a_group_lists_the_groups_verbs()
    {
        // Bad input: a misspelt second word.
        var run = await CliRun.RunAsync(RepoPaths.Root, "schema", "valdate");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            """
            assist: unknown command 'schema valdate'.
            Commands:
              schema validate   Check the lake's YAML schema and print every problem with file(line,col).
              schema docs       Write the lake's data dictionary (Markdown): tables, columns, enumerations, joins.
              schema import     Merge a lake's tables and columns (information_schema CSV or Parquet folder) into the YAML schema.
              schema diff       Compare the YAML schema with a lake (information_schema CSV or Parquet folder); exit 1 when they differ.
            Run 'assist --help' for usage.

            """,
            run.Error);
    }

    [Fact]
    public async Task A_group_alone_asks_for_a_verb_and_exits_2()
    {
        // Bad input: only the first word of a verb.
        var run = await CliRun.RunAsync(RepoPaths.Root, "schema");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("assist schema: name a command.\nCommands:\n  schema validate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_one_line()
    {
        var run = await CliRun.RunAsync(RepoPaths.Root, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^assist \d+\.\d+\.\d+\S*\n$", run.Out);
    }

    [Fact]
    public async Task An_unexpected_exception_is_one_line_and_exit_70()
    {
        // Input: a verb with a bug.
        var run = await CliRun.RunAsync(RepoPaths.Root, CancellationToken.None, [new ThrowingCommand()], "boom");

        Assert.Equal(70, run.ExitCode);
        Assert.Equal("assist: internal error: InvalidOperationException: the verb has a bug\n", run.Error);
    }

    private sealed class ThrowingCommand : ICliCommand
    {
        public IReadOnlyList<string> Path { get; } = ["boom"];

        public string Summary => "Throws.";

        public string Help => "Usage: assist boom\n";

        public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context) =>
            throw new InvalidOperationException("the verb has a bug");
    }
}
