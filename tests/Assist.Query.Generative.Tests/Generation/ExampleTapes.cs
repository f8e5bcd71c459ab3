using CsCheck;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>The CsCheck generator of example tapes, and how a seed text reproduces one.</summary>
public static class ExampleTapes
{
    /// <summary>
    /// Two tapes of 300 and 400 choices in 0..9999, one for the rows and one for the query (one tape would leave the
    /// query the choices the rows did not use); CsCheck shrinks towards smaller choices, and 0 is always the simplest option.
    /// </summary>
    public static readonly Gen<ExampleTape> Gen = CsCheck.Gen.Select(CsCheck.Gen.Int[0, 9999].Array[300], CsCheck.Gen.Int[0, 9999].Array[400], (rows, query) => new ExampleTape(rows, query));

    /// <summary>The tapes a seed text (as CsCheck prints it) stands for.</summary>
    public static ExampleTape FromSeed(string seed) => Gen.Generate(PCG.Parse(seed), null, out _);

    /// <summary>The seed text of example <paramref name="index"/> of a run started from <paramref name="runSeed"/>.</summary>
    public static string ExampleSeed(string runSeed, int index)
    {
        var run = PCG.Parse(runSeed);
        return new PCG(run.Stream, run.Seed + (ulong)index).ToString();
    }
}
