using Assist.Cli.Arguments;
using Assist.Cli.Commands.Schema;
using Assist.Cli.Disclosure;
using Assist.Cli.Disclosure.Inputs;
using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Commands.Submissions;

/// <summary>
/// <c>assist check-output results --review review.json --out released</c>: the disclosure rules on the result files
/// that came back from the enclave's engine, written atomically (a temporary folder renamed into place).
/// </summary>
internal sealed class CheckOutputCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new("check-output", ["review", "rules", "out"], [], maxPositionals: 1);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["check-output"];

    /// <inheritdoc />
    public string Summary => "Apply the disclosure rules to an enclave's result files before they leave it.";

    /// <inheritdoc />
    public string Help =>
        """
        assist check-output: decide what of a submission's results may leave the enclave (docs/disclosure.md).

        Usage:
          assist check-output <results dir> --review <review.json> --out <released dir> [--rules <rules.yaml>]

        <results dir> holds one <name>.csv per output, as the enclave's engine (Athena) wrote it for the reviewed SQL:
        a header row, then one row per result row, with the persons column (#persons) and, for sums and averages, the
        dominance columns (#top_share:<column>) the SQL adds. Each file is checked against review.json: every declared
        column once, the persons and dominance columns, nothing else, every row as long as the header, persons whole
        numbers, shares from 0 to 1. A missing or malformed file is refused (file(line,col): error: message) and nothing
        is written.

        The rules (minimum persons per cell, dominance, secondary suppression, rounding of counts) then run as
        'assist run' runs them. Released files hold only the output's own columns; a suppressed value is an empty
        field. Person-level outputs not declared row-level, and outputs the review marks for manual review, are
        withheld. disclosure.md and disclosure.json list every rule applied and every cell touched, never a hidden value.

        Options:
          --review <file>    The review.json 'assist sql' wrote for the submission.
          --out <dir>        The released folder: must not exist or be empty; it appears complete or not at all.
          --rules <file>     The rules file (YAML); default: the defaults of docs/disclosure.md.
          --help             Show this help.

        Exit codes:
          0   the released files were written
          1   a results file, review.json or the rules file is refused (printed as file(line,col): error: message)
          2   the command line is wrong, a folder or file named does not exist, or --out is not empty
          74  the released folder could not be written

        Example:
          assist check-output athena-results --review review/review.json --out released

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        var results = parsed.Positionals.Count == 1 ? parsed.Positionals[0] : throw new CliUsageException("assist check-output: name the results folder; see 'assist check-output --help'.");
        var review = parsed.Option("review") ?? throw new CliUsageException("assist check-output: --review <review.json> is required; see 'assist check-output --help'.");
        var output = parsed.Option("out") ?? throw new CliUsageException("assist check-output: --out <dir> is required; see 'assist check-output --help'.");
        var resultsPath = Existing(results, context, Directory.Exists, "results folder");
        var reviewPath = Existing(review, context, File.Exists, "review file");
        var rulesPath = parsed.Option("rules") is { } rules ? Existing(rules, context, File.Exists, "rules file") : null;
        var target = System.IO.Path.GetFullPath(output, context.WorkingDirectory);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new CliUsageException($"assist check-output: --out '{output}' exists and is not empty; released files go to a new folder.");
        }

        try
        {
            var plan = ReviewPlanReader.Parse(await File.ReadAllTextAsync(reviewPath, context.Cancellation).ConfigureAwait(false), review);
            var ruleSet = rulesPath is null ? DisclosureRules.Defaults : RulesFile.Load(rulesPath, parsed.Option("rules")!);
            var utc = context.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            var report = FolderSwap.Write(target, temp => DisclosureRelease.Write(plan, resultsPath, results, ruleSet, utc, temp));
            await context.Out.WriteLineAsync($"assist check-output: {report.Summary} Written to {output} (see disclosure.md).").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (DisclosureInputException e)
        {
            foreach (var problem in e.Problems)
            {
                await context.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync($"assist check-output: {SchemaReport.Plural(e.Problems.Count, "error")}; nothing was written.").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"assist check-output: cannot write '{output}': {e.Message}").ConfigureAwait(false);
            return ExitCodes.CannotWrite;
        }
    }

    private static string Existing(string name, CliContext context, Func<string, bool> exists, string what)
    {
        var full = System.IO.Path.GetFullPath(name, context.WorkingDirectory);
        return exists(full) ? full : throw new CliUsageException($"assist check-output: {what} '{name}' does not exist.");
    }
}
