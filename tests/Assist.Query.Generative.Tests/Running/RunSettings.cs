using System.Globalization;
using CsCheck;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>
/// How many examples a run generates and from which seed. CI runs a fixed seed and a few hundred examples;
/// CI adds the first later examples that use a construct the first ones missed (<see cref="ExampleSelection"/>) and shrinks the first 3 failure classes for 3 s each (the Trino grammar check, about 0.1 s a statement, dominates).
/// <c>ASSIST_GENERATIVE_EXAMPLES=10000</c> runs more, from a random seed unless <c>ASSIST_GENERATIVE_SEED</c> names one.
/// </summary>
public sealed record RunSettings(int Examples, string Seed, TimeSpan Timeout, int ShrinkSeconds, int ClassesShrunk, int MismatchesShrunk, bool CompleteCoverage)
{
    public const string ExamplesVariable = "ASSIST_GENERATIVE_EXAMPLES";
    public const string SeedVariable = "ASSIST_GENERATIVE_SEED";

    /// <summary>The CI seed: fixed, so a CI failure reproduces on any machine.</summary>
    public static readonly string CiSeed = new PCG(20261202, 10).ToString();

    public const int CiExamples = 200;

    public static RunSettings FromEnvironment()
    {
        var examplesText = Environment.GetEnvironmentVariable(ExamplesVariable);
        var seed = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrWhiteSpace(examplesText))
        {
            return new RunSettings(CiExamples, string.IsNullOrWhiteSpace(seed) ? CiSeed : seed, TimeSpan.FromSeconds(10), ShrinkSeconds: 3, ClassesShrunk: 3, MismatchesShrunk: 1, CompleteCoverage: true);
        }

        var examples = int.Parse(examplesText, CultureInfo.InvariantCulture);
        return new RunSettings(examples, string.IsNullOrWhiteSpace(seed) ? new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString() : seed,
            TimeSpan.FromSeconds(10), ShrinkSeconds: 8, ClassesShrunk: 24, MismatchesShrunk: RunSummary.SeedsKeptPerClass, CompleteCoverage: false);
    }
}
