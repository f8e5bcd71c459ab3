namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// Reads the random choices of one example from a tape of integers that CsCheck generates and shrinks. Every decision
/// of the query and row generators is one <see cref="Pick"/>, and 0 always means the simplest option, so CsCheck's
/// shrinking (shorter tapes, smaller numbers) turns a failing query into a smaller one; past the end of the tape every
/// choice is 0.
/// </summary>
public sealed class Choices(int[] tape)
{
    private int _next;

    /// <summary>A number in 0 .. count-1.</summary>
    public int Pick(int count)
    {
        if (count <= 1)
        {
            return 0;
        }

        var raw = _next < tape.Length ? tape[_next] : 0;
        _next++;
        return raw % count;
    }

    /// <summary>True with about <paramref name="percent"/>% probability; false when the tape is exhausted (simplest).</summary>
    public bool Chance(int percent) => Pick(100) >= 100 - percent;

    /// <summary>One of <paramref name="options"/>, the first being the simplest.</summary>
    public T OneOf<T>(params T[] options) => options[Pick(options.Length)];
}
