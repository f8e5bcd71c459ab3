using Assist.Query.Dialects;

namespace Assist.Query;

/// <summary>One parameter value and its SQL literal text.</summary>
/// <param name="Value">The CLR value (bound with its type on DuckDB).</param>
public sealed record SqlParameterValue(object? Value)
{
    private string? _literalText;

    /// <summary>
    /// The value as a typed SQL literal, e.g. <c>'TNG'</c> or <c>TIMESTAMP '2024-01-01 00:00:00.000000'</c>: Athena execution
    /// parameters are pasted in as literal text, so a string carries its own quotes (LAKE-NOTES §D.3). Rendered on first
    /// read: running a statement on DuckDB binds <see cref="Value"/> and never needs it.
    /// </summary>
    public string LiteralText => _literalText ??= SqlLiterals.Render(Value);

    /// <summary>Equal when the values are equal (the literal text follows from the value).</summary>
    public bool Equals(SqlParameterValue? other) => other is not null && Equals(Value, other.Value);

    /// <inheritdoc />
    public override int GetHashCode() => Value?.GetHashCode() ?? 0;
}
