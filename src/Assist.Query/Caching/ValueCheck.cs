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
    /// <summary>Runs every check over the bound values.</summary>
    /// <exception cref="UntranslatableQueryException">A value breaks its rule.</exception>
    public static void RunAll(IReadOnlyList<ValueCheck> checks, IReadOnlyList<object?> values, string dialect)
    {
        foreach (var check in checks)
        {
            if (check.IsUnsupported(values[check.Slot]))
            {
                throw new UntranslatableQueryException(check.Construct, dialect, check.Expression);
            }
        }
    }
}
