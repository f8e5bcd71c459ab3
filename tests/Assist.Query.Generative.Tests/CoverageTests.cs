using System.Reflection;
using Assist.Query.Generative.Tests.Generation;
using Assist.Query.Generative.Tests.Running;
using Xunit;

namespace Assist.Query.Generative.Tests;

/// <summary>The CI run must reach every construct of the generator's vocabulary, or a translator goes untested.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void Every_construct_appears_in_the_ci_examples()
    {
        var vocabulary = typeof(Construct).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < RunSettings.CiExamples; i++)
        {
            foreach (var construct in Example.FromTape(ExampleTapes.FromSeed(ExampleTapes.ExampleSeed(RunSettings.CiSeed, i))).Query.Constructs)
            {
                counts[construct] = counts.GetValueOrDefault(construct) + 1;
            }
        }

        var seen = counts.Keys.ToHashSet(StringComparer.Ordinal);
        var frequencies = string.Join(", ", counts.OrderBy(p => p.Value).Select(p => p.Key + " " + p.Value));

        var neverGenerated = vocabulary.Except(seen).ToList();
        var undeclared = seen.Except(vocabulary).ToList();

        Assert.True(neverGenerated.Count == 0, "Never generated in the CI run: " + string.Join(", ", neverGenerated) + "\nExamples using each construct: " + frequencies);
        Assert.True(undeclared.Count == 0, "Generated but not declared in Construct: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void A_seed_reproduces_its_example()
    {
        var seed = ExampleTapes.ExampleSeed(RunSettings.CiSeed, 7);

        var first = Printing.CSharpPrinter.Print(Example.FromTape(ExampleTapes.FromSeed(seed)).Query);
        var second = Printing.CSharpPrinter.Print(Example.FromTape(ExampleTapes.FromSeed(seed)).Query);

        Assert.Equal(first, second);
        Assert.NotEqual(first, Printing.CSharpPrinter.Print(Example.FromTape(ExampleTapes.FromSeed(ExampleTapes.ExampleSeed(RunSettings.CiSeed, 8))).Query));
    }
}
