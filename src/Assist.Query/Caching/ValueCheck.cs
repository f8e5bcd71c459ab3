namespace Assist.Query.Caching;

/// <summary>
/// A rule that depends on a captured value rather than on the query's shape (a regex pattern RE2 cannot run). The
/// translation cache is keyed by shape, so such a rule runs every time values are bound, never only at translation.
/// </summary>
/// <param name="Slot">The value slot the rule reads.</param>
/// <param name="IsUnsupported">True when the value cannot be used in this dialect.</param>
/// <param name="Construct">What the refusal names (as <see cref="UntranslatableQueryException.Construct"/>).</param>
/// <param name="Expression">The C# expression, for the message.</param>
internal sealed record ValueCheck(int Slot, Func<object?, bool> IsUnsupported, string Construct, string Expression)
{
    // The last value this rule accepted: a query run again with the same pattern skips the regex over it. A value that
    // equals an accepted one is accepted (the rules read the value only), so a race between threads costs a re-check.
    private object? _lastAccepted;

    /// <summary>Runs every check over the bound values.</summary>
    /// <exception cref="UntranslatableQueryException">A value breaks its rule.</exception>
    public static void RunAll(ValueCheck[] checks, ReadOnlySpan<object?> values, string dialect)
    {
        foreach (var check in checks)
        {
            var value = values[check.Slot];
            if (value is not null && Equals(value, check._lastAccepted))
            {
                continue;
            }

            if (check.IsUnsupported(value))
            {
                throw new UntranslatableQueryException(check.Construct, dialect, check.Expression);
            }

            check._lastAccepted = value;
        }
    }
}
