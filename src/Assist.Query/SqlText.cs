namespace Assist.Query;

/// <summary>A compiled statement: its text and its parameter values in binding order.</summary>
public sealed class SqlText
{
    // The values are kept as they were bound and wrapped in SqlParameterValue only when Parameters is read: a statement
    // rendered for its text alone (a compiled query called in a loop) then allocates nothing for them.
    private readonly object? _singleValue;
    private readonly object?[]? _values;
    private IReadOnlyList<SqlParameterValue>? _parameters;

    internal SqlText(string text, IReadOnlyList<SqlParameterValue> parameters)
    {
        Text = text;
        _parameters = parameters;
    }

    private SqlText(string text, object? singleValue, object?[]? values)
    {
        Text = text;
        _singleValue = singleValue;
        _values = values;
    }

    /// <summary>The SQL text (identifiers quoted, one clause per line).</summary>
    public string Text { get; }

    /// <summary>
    /// The parameter values: one per <c>?</c> in order (Trino, Athena), or one per <c>$n</c> (DuckDB, <c>$1</c> is index 0).
    /// </summary>
    public IReadOnlyList<SqlParameterValue> Parameters => _parameters ??= _values is null
        ? [new SqlParameterValue(_singleValue)]
        : Array.ConvertAll(_values, v => new SqlParameterValue(v));

    /// <summary>A statement with exactly one parameter.</summary>
    internal static SqlText WithOneParameter(string text, object? value) => new(text, value, null);

    /// <summary>A statement with several parameters; <paramref name="values"/> is owned by the statement.</summary>
    internal static SqlText WithParameters(string text, object?[] values) => new(text, null, values);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
