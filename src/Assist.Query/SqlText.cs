namespace Assist.Query;

/// <summary>A compiled statement: its text and its parameter values in binding order.</summary>
public sealed class SqlText
{
    internal SqlText(string text, IReadOnlyList<SqlParameterValue> parameters)
    {
        Text = text;
        Parameters = parameters;
    }

    /// <summary>The SQL text (identifiers quoted, one clause per line).</summary>
    public string Text { get; }

    /// <summary>
    /// The parameter values: one per <c>?</c> in order (Trino, Athena), or one per <c>$n</c> (DuckDB, <c>$1</c> is index 0).
    /// </summary>
    public IReadOnlyList<SqlParameterValue> Parameters { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
