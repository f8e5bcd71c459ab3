using System.Diagnostics;
using Assist.Query.Generative.Tests.Generation;
using Assist.Query.Generative.Tests.Printing;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>
/// A generative run: examples from consecutive seeds, each run and classified; then, for the first example of each
/// failure class, its tapes are shrunk to a smaller example of the same class (<see cref="TapeShrinker"/>).
/// </summary>
public static class GenerativeRun
{
    public static RunSummary Execute(RunSettings settings)
    {
        var summary = new RunSummary(settings);
        var watch = Stopwatch.StartNew();
        var selected = ExampleSelection.Seeds(settings.Seed, settings.Examples, settings.CompleteCoverage);
        var selection = watch.Elapsed;
        using var runner = new ExampleRunner(settings.Timeout);

        // Start the Trino grammar's node process before the first example, whose time budget it would otherwise eat.
        TestKit.TrinoGrammar.Validate("SELECT 1");
        var startup = watch.Elapsed - selection;
        foreach (var seed in selected)
        {
            Example example;
            try
            {
                example = Example.FromTape(ExampleTapes.FromSeed(seed));
            }
            catch (Exception e)
            {
                summary.Add(seed, "(the generator failed)", new HashSet<string>(), new Outcome(OutcomeKind.Crash, "generator: " + e.GetType().Name, e.ToString()));
                continue;
            }

            summary.Add(seed, CSharpPrinter.Print(example.Query), example.Query.Constructs, runner.Run(example));
        }

        summary.Times = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Selecting examples: {selection.TotalSeconds:F1} s. Starting DuckDB and the grammar's node process: {startup.TotalSeconds:F1} s. "
            + $"Examples: {(watch.Elapsed - selection - startup).TotalSeconds:F1} s ({runner.Times}).");

        // Mismatches share one reason ("rows differ") whatever the bug: several of them are shrunk.
        foreach (var (kind, reason, seeds) in summary.FailingSeeds.Take(settings.ClassesShrunk).ToList())
        {
            foreach (var seed in seeds.Take(kind == OutcomeKind.Mismatch ? settings.MismatchesShrunk : 1))
            {
                summary.AddShrunk(kind, reason, Shrink(runner, kind, reason, seed, settings.ShrinkSeconds));
            }
        }

        summary.Elapsed = watch.Elapsed;
        return summary;
    }

    /// <summary>The example of <paramref name="seed"/> shrunk while it fails with the same class, as printed text.</summary>
    private static string Shrink(ExampleRunner runner, OutcomeKind kind, string reason, string seed, int seconds)
    {
        // The grammar check is the slowest phase: only a grammar failure needs it to reproduce.
        var grammar = reason.Contains("grammar", StringComparison.Ordinal);
        bool SameFailure(ExampleTape tape)
        {
            try
            {
                var outcome = runner.Run(Example.FromTape(tape), checkGrammar: grammar);
                return outcome.Kind == kind && outcome.Class == reason;
            }
            catch (Exception)
            {
                return false;
            }
        }

        var shrunk = TapeShrinker.Shrink(ExampleTapes.FromSeed(seed), SameFailure, TimeSpan.FromSeconds(seconds));
        return Print(runner, shrunk);
    }

    private static string Print(ExampleRunner runner, ExampleTape tape)
    {
        var example = Example.FromTape(tape);
        var outcome = runner.Run(example);
        return "\n" + RowsPrinter.Print(example.Rows) + RunSummary.Describe("(shrunk)", CSharpPrinter.Print(example.Query), outcome);
    }
}
