using CsCheck;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>The CsCheck generator of example tapes, and how a seed text reproduces one.</summary>
public static class ExampleTapes
{
    /// <summary>Up to 400 choices in 0..9999; CsCheck shrinks towards fewer and smaller ones (simpler examples).</summary>
    public static readonly Gen<int[]> Gen = CsCheck.Gen.Int[0, 9999].Array[0, 400];

    /// <summary>The tape a seed text (as CsCheck prints it) stands for.</summary>
    public static int[] FromSeed(string seed) => Gen.Generate(PCG.Parse(seed), null, out _);

    /// <summary>The seed text of example <paramref name="index"/> of a run started from <paramref name="runSeed"/>.</summary>
    public static string ExampleSeed(string runSeed, int index)
    {
        var run = PCG.Parse(runSeed);
        return new PCG(run.Stream, run.Seed + (ulong)index).ToString();
    }
}
