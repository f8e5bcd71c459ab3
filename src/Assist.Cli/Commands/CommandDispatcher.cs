using System.Reflection;
using Assist.Cli.Arguments;

namespace Assist.Cli.Commands;

/// <summary>
/// Picks the verb from the first words of the command line and runs it, turning user mistakes into one-line messages
/// and exit code 2, and anything unexpected into one line and exit code 70. Program.cs only wires the console.
/// </summary>
internal static class CommandDispatcher
{
    /// <summary>Runs <c>assist</c> with <paramref name="args"/> against the verbs of <paramref name="commands"/>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, IReadOnlyList<ICliCommand>? commands = null)
    {
        commands ??= CommandRegistry.All;
        try
        {
            return await DispatchAsync(args, context, commands).ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("assist: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: any failure becomes one line and exit 70, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"assist: internal error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            if (Environment.GetEnvironmentVariable("ASSIST_DEBUG") == "1")
            {
                await context.Error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Internal;
        }
    }

    private static async Task<int> DispatchAsync(IReadOnlyList<string> args, CliContext context, IReadOnlyList<ICliCommand> commands)
    {
        if (args.Count == 0 || IsHelp(args[0]))
        {
            await context.Out.WriteAsync(MainHelp(commands)).ConfigureAwait(false);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] == "--version")
        {
            await context.Out.WriteLineAsync($"assist {Version}").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var command = commands
            .Where(c => c.Path.Count <= args.Count && c.Path.Select((word, i) => word == args[i]).All(match => match))
            .MaxBy(c => c.Path.Count);
        if (command is null)
        {
            return await UnknownVerbAsync(args, context, commands).ConfigureAwait(false);
        }

        var rest = args.Skip(command.Path.Count).ToList();
        if (rest.Any(IsHelp))
        {
            await context.Out.WriteAsync(command.Help).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        return await command.RunAsync(rest, context).ConfigureAwait(false);
    }

    private static async Task<int> UnknownVerbAsync(IReadOnlyList<string> args, CliContext context, IReadOnlyList<ICliCommand> commands)
    {
        // "assist schema" or "assist schema --help": the first word names a group of verbs.
        var group = commands.Where(c => c.Path.Count > 1 && c.Path[0] == args[0]).ToList();
        if (group.Count > 0 && (args.Count == 1 || IsHelp(args[1])))
        {
            var asked = args.Count > 1;
            var writer = asked ? context.Out : context.Error;
            if (!asked)
            {
                await writer.WriteLineAsync($"assist {args[0]}: name a command.").ConfigureAwait(false);
            }

            await writer.WriteAsync(CommandList(group)).ConfigureAwait(false);
            return asked ? ExitCodes.Success : ExitCodes.Usage;
        }

        var words = group.Count > 0 && args.Count > 1 ? $"{args[0]} {args[1]}" : args[0];
        await context.Error.WriteLineAsync($"assist: unknown command '{words}'.").ConfigureAwait(false);
        await context.Error.WriteAsync(CommandList(group.Count > 0 ? group : [.. commands.Where(c => !c.Hidden)])).ConfigureAwait(false);
        await context.Error.WriteLineAsync("Run 'assist --help' for usage.").ConfigureAwait(false);
        return ExitCodes.Usage;
    }

    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?";

    private static string MainHelp(IReadOnlyList<ICliCommand> commands) =>
        $"""
        assist {Version}: typed queries, Athena SQL and local runs over the ASSISTments data lake.

        Usage:
          assist <command> [arguments] [options]
          assist <command> --help      help on one command
          assist --version

        {CommandList([.. commands.Where(c => !c.Hidden)])}
        Exit codes: 0 success, 1 the input has errors, 2 the command line is wrong, 70 internal error,
        74 an output could not be written, 130 cancelled (Ctrl+C).

        """;

    private static string CommandList(IReadOnlyList<ICliCommand> commands)
    {
        var width = commands.Max(c => string.Join(' ', c.Path).Length);
        var lines = commands.Select(c => $"  {string.Join(' ', c.Path).PadRight(width)}   {c.Summary}");
        return "Commands:\n" + string.Join('\n', lines) + "\n";
    }

    private static string Version =>
        typeof(CommandDispatcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            .Split('+')[0]
        ?? "0.0.0";
}
