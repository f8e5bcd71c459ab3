using System.Globalization;
using Assist.Cli.Arguments;
using Assist.Cli.Submissions;
using Assist.Cli.Submissions.Capture;
using Assist.Cli.Submissions.Reviewing;

namespace Assist.Cli.Commands.Submissions;

/// <summary>The options <c>assist sql</c> and <c>assist run</c> share, parsed once.</summary>
internal static class SubmissionArguments
{
    /// <summary>Value options both verbs take.</summary>
    public static readonly string[] Shared = ["out", "schema", "timeout", "usd-per-tb"];

    /// <summary>Reads the shared options; <paramref name="lake"/>, <paramref name="dialect"/> and <paramref name="format"/> are the verb's own.</summary>
    public static SubmissionOptions Read(string verb, ParsedArguments parsed, string dialect, string? lake, string format)
    {
        var file = parsed.Positionals.Count == 1 ? parsed.Positionals[0] : throw new CliUsageException($"assist {verb}: name the submission file (<file.cs>); see 'assist {verb} --help'.");
        var output = parsed.Option("out") ?? throw new CliUsageException($"assist {verb}: --out <dir> is required; see 'assist {verb} --help'.");
        if (SubmissionDialects.Find(dialect) is null)
        {
            throw new CliUsageException($"assist {verb}: --dialect must be {SubmissionDialects.Names}; got '{dialect}'.");
        }

        var timeout = Number(verb, parsed.Option("timeout"), "timeout", CaptureLimits.DefaultTimeoutSeconds, 1, 3600);
        var price = Number(verb, parsed.Option("usd-per-tb"), "usd-per-tb", ScanPricing.Athena.UsdPerTerabyte, 0, 1_000_000);
        return new SubmissionOptions(file, output, dialect, parsed.Option("schema"), TimeSpan.FromSeconds((double)timeout),
            ScanPricing.Athena with { UsdPerTerabyte = price }, lake, format);
    }

    private static decimal Number(string verb, string? text, string name, decimal fallback, decimal min, decimal max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"assist {verb}: --{name} must be a number from {min} to {max}; got '{text}'."));
        }

        return value;
    }
}
