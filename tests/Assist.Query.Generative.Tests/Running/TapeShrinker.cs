using System.Diagnostics;
using Assist.Query.Generative.Tests.Generation;
using Assist.Query.Generative.Tests.Printing;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>
/// Shrinks a failing example by editing its tapes, as Hypothesis does: zero runs of choices (64 long down to 1) and
/// halve single choices, keeping an edit when the example gets smaller (shorter printed query, fewer rows) and still
/// fails the same way. Zero is every choice's simplest option, so this removes operators, filters and rows.
/// </summary>
public static class TapeShrinker
{
    private static readonly int[] s_chunkSizes = [64, 32, 16, 8, 4, 2, 1];

    public static ExampleTape Shrink(ExampleTape tape, Func<ExampleTape, bool> stillFails, TimeSpan budget)
    {
        var watch = Stopwatch.StartNew();
        var best = tape;
        var bestSize = Size(best);
        var improved = true;
        while (improved && watch.Elapsed < budget)
        {
            improved = false;
            foreach (var candidate in Candidates(best))
            {
                if (watch.Elapsed >= budget)
                {
                    break;
                }

                var size = Size(candidate);
                if (size < bestSize && stillFails(candidate))
                {
                    (best, bestSize, improved) = (candidate, size, true);
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>How big an example reads: its printed query plus a weight per row.</summary>
    public static int Size(ExampleTape tape)
    {
        try
        {
            var example = Example.FromTape(tape);
            return CSharpPrinter.Print(example.Query).Length + (30 * example.Rows.Count);
        }
        catch (Exception)
        {
            return int.MaxValue;
        }
    }

    private static IEnumerable<ExampleTape> Candidates(ExampleTape tape)
    {
        foreach (var chunk in s_chunkSizes)
        {
            foreach (var query in Zeroed(tape.Query, chunk))
            {
                yield return tape with { Query = query };
            }

            foreach (var rows in Zeroed(tape.Rows, chunk))
            {
                yield return tape with { Rows = rows };
            }
        }

        for (var i = 0; i < tape.Query.Length; i++)
        {
            if (tape.Query[i] > 0)
            {
                var halved = (int[])tape.Query.Clone();
                halved[i] /= 2;
                yield return tape with { Query = halved };
            }
        }
    }

    private static IEnumerable<int[]> Zeroed(int[] choices, int chunk)
    {
        for (var start = 0; start < choices.Length; start += chunk)
        {
            var end = Math.Min(start + chunk, choices.Length);
            if (choices.AsSpan(start, end - start).ContainsAnyExcept(0))
            {
                var copy = (int[])choices.Clone();
                Array.Clear(copy, start, end - start);
                yield return copy;
            }
        }
    }
}
