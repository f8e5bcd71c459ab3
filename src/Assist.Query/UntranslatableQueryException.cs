namespace Assist.Query;

/// <summary>
/// A query construct that cannot be translated for a dialect. The message names the construct, the dialect and
/// the expression text; nothing is ever evaluated on the client instead.
/// </summary>
public sealed class UntranslatableQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="construct">What could not be translated (e.g. "method string.PadLeft").</param>
    /// <param name="dialect">The dialect's name.</param>
    /// <param name="expression">The C# expression text.</param>
    public UntranslatableQueryException(string construct, string dialect, string expression)
        : base($"Cannot translate {construct} to {dialect} SQL: {expression}")
    {
        Construct = construct;
        Dialect = dialect;
        ExpressionText = expression;
    }

    /// <summary>Creates the exception.</summary>
    public UntranslatableQueryException() : this("(unknown)", "(unknown)", "(unknown)")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UntranslatableQueryException(string message) : base(message)
    {
        Construct = Dialect = ExpressionText = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public UntranslatableQueryException(string message, Exception inner) : base(message, inner)
    {
        Construct = Dialect = ExpressionText = string.Empty;
    }

    /// <summary>The construct that has no translation.</summary>
    public string Construct { get; }

    /// <summary>The dialect it was translated for.</summary>
    public string Dialect { get; }

    /// <summary>The expression's text.</summary>
    public string ExpressionText { get; }
}
