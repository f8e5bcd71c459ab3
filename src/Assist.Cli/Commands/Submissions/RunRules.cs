using Assist.Cli.Arguments;
using Assist.Cli.Commands.Schema;
using Assist.Cli.Disclosure;
using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Commands.Submissions;

/// <summary><c>assist run</c>'s <c>--rules</c> and <c>--no-disclosure</c>: which disclosure rules its results get.</summary>
internal static class RunRules
{
    /// <summary>The rules to apply, or null when the rules file was refused (its problems are printed).</summary>
    public static async Task<RunDisclosure?> ReadAsync(string? rulesFile, bool noDisclosure, CliContext context)
    {
        if (noDisclosure)
        {
            return rulesFile is null
                ? new RunDisclosure(null)
                : throw new CliUsageException("assist run: --rules and --no-disclosure contradict each other; give one.");
        }

        if (rulesFile is null)
        {
            return new RunDisclosure(DisclosureRules.Defaults);
        }

        var path = Path.GetFullPath(rulesFile, context.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new CliUsageException($"assist run: rules file '{rulesFile}' does not exist.");
        }

        try
        {
            return new RunDisclosure(RulesFile.Load(path, rulesFile));
        }
        catch (DisclosureInputException e)
        {
            foreach (var problem in e.Problems)
            {
                await context.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync($"assist run: {SchemaReport.Plural(e.Problems.Count, "error")} in the rules file; nothing was written.").ConfigureAwait(false);
            return null;
        }
    }
}
