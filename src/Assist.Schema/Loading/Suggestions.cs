using System;
using System.Collections.Generic;

namespace Assist.Schema;

/// <summary>"Did you mean ...?" for misspelt keys and names: the closest candidate within a small edit distance.</summary>
internal static class Suggestions
{
    /// <summary><c>" did you mean 'x'?"</c> (with a leading space), or an empty string when nothing is close.</summary>
    public static string DidYouMean(string actual, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(actual.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(1, Math.Min(3, actual.Length / 3));
        return best is not null && bestDistance <= allowed ? " did you mean '" + best + "'?" : "";
    }

    /// <summary>Levenshtein distance; inputs are short keys and names, and long ones are not worth comparing.</summary>
    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return string.Equals(a, b, StringComparison.Ordinal) ? 0 : int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
