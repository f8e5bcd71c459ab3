using Assist.Query.Generative.Tests.Generation;
using Assist.Query.Generative.Tests.Printing;
using Assist.Query.Generative.Tests.Running;
using Xunit;

namespace Assist.Query.Generative.Tests;

/// <summary>The CI run must reach every construct of the generator's vocabulary, or a translator goes untested.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void Every_construct_appears_in_the_ci_examples()
    {
        var seeds = ExampleSelection.Seeds(RunSettings.CiSeed, RunSettings.CiExamples, completeCoverage: true);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var construct in seeds.SelectMany(ExampleSelection.ConstructsOf))
        {
            counts[construct] = counts.GetValueOrDefault(construct) + 1;
        }

        var neverGenerated = ExampleSelection.Vocabulary.Except(counts.Keys).ToList();
        var undeclared = counts.Keys.Except(ExampleSelection.Vocabulary).ToList();
        var frequencies = string.Join(", ", counts.OrderBy(p => p.Value).Select(p => p.Key + " " + p.Value));

        Assert.True(neverGenerated.Count == 0, "Never generated in the CI run: " + string.Join(", ", neverGenerated) + "\nExamples using each construct: " + frequencies);
        Assert.True(undeclared.Count == 0, "Generated but not declared in Construct: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void The_ci_run_stays_small()
    {
        var seeds = ExampleSelection.Seeds(RunSettings.CiSeed, RunSettings.CiExamples, completeCoverage: true);

        // Coverage completion may add a few examples for rare constructs, not a second run.
        Assert.InRange(seeds.Count, RunSettings.CiExamples, RunSettings.CiExamples + 25);
    }

    [Fact]
    public void A_seed_reproduces_its_example()
    {
        var seed = ExampleTapes.ExampleSeed(RunSettings.CiSeed, 7);

        var first = CSharpPrinter.Print(Example.FromTape(ExampleTapes.FromSeed(seed)).Query);
        var second = CSharpPrinter.Print(Example.FromTape(ExampleTapes.FromSeed(seed)).Query);

        Assert.Equal(first, second);
        Assert.NotEqual(first, CSharpPrinter.Print(Example.FromTape(ExampleTapes.FromSeed(ExampleTapes.ExampleSeed(RunSettings.CiSeed, 8))).Query));
    }
}
