using System.Reflection;
using Assist.Query.Generative.Tests.Generation;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>
/// Which example seeds a run takes: the first N of its seed sequence and, when the run completes coverage (CI), then
/// the first later examples that use a construct the first N did not, until every construct of <see cref="Construct"/>
/// is used. Generating is cheap (about a millisecond); running is not, so CI stays small and still reaches everything.
/// </summary>
public static class ExampleSelection
{
    /// <summary>How far past the first N the search for missing constructs goes before giving up.</summary>
    public const int SearchLimit = 20_000;

    /// <summary>Every construct name of the generator's vocabulary.</summary>
    public static IReadOnlyList<string> Vocabulary { get; } = [.. typeof(Construct).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    public static IReadOnlyList<string> Seeds(string runSeed, int count, bool completeCoverage)
    {
        var seeds = Enumerable.Range(0, count).Select(i => ExampleTapes.ExampleSeed(runSeed, i)).ToList();
        if (!completeCoverage)
        {
            return seeds;
        }

        var missing = Vocabulary.ToHashSet(StringComparer.Ordinal);
        missing.ExceptWith(seeds.SelectMany(ConstructsOf));
        for (var i = count; missing.Count > 0 && i < count + SearchLimit; i++)
        {
            var seed = ExampleTapes.ExampleSeed(runSeed, i);
            var constructs = ConstructsOf(seed);
            if (constructs.Overlaps(missing))
            {
                seeds.Add(seed);
                missing.ExceptWith(constructs);
            }
        }

        return seeds;
    }

    public static IReadOnlySet<string> ConstructsOf(string seed)
    {
        try
        {
            return Example.FromTape(ExampleTapes.FromSeed(seed)).Query.Constructs;
        }
        catch (Exception)
        {
            // A generator failure is reported by the run itself.
            return new HashSet<string>();
        }
    }
}
