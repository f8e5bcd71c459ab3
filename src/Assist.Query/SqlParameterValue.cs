namespace Assist.Query;

/// <summary>One parameter value and its SQL literal text.</summary>
/// <param name="Value">The CLR value (bound with its type on DuckDB).</param>
/// <param name="LiteralText">
/// The value as a typed SQL literal, e.g. <c>'TNG'</c> or <c>TIMESTAMP '2024-01-01 00:00:00.000000'</c>: Athena execution
/// parameters are pasted in as literal text, so a string carries its own quotes (LAKE-NOTES §D.3).
/// </param>
public sealed record SqlParameterValue(object? Value, string LiteralText);
