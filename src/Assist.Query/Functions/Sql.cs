namespace Assist.Query;

/// <summary>
/// SQL functions with no C# counterpart, usable only inside query lambdas (each is a marker the translator reads;
/// calling one on the client throws). Each is spelled per dialect so that both engines compute the same value.
/// </summary>
public static class Sql
{
    /// <summary>Midnight of the value's day (<c>date_trunc('day', x)</c>).</summary>
    public static DateTime TruncateToDay(DateTime value) => throw Marker();

    /// <summary>Monday 00:00 of the value's ISO week (<c>date_trunc('week', x)</c>; both engines start weeks on Monday).</summary>
    public static DateTime TruncateToWeek(DateTime value) => throw Marker();

    /// <summary>The first instant of the value's month.</summary>
    public static DateTime TruncateToMonth(DateTime value) => throw Marker();

    /// <summary>The first instant of the value's quarter.</summary>
    public static DateTime TruncateToQuarter(DateTime value) => throw Marker();

    /// <summary>The first instant of the value's year.</summary>
    public static DateTime TruncateToYear(DateTime value) => throw Marker();

    /// <summary>The first day of the value's month, for dates (DuckDB's date_trunc returns a timestamp, cast back: docs/dialects.md #8).</summary>
    public static DateOnly TruncateToMonth(DateOnly value) => throw Marker();

    /// <summary>
    /// Complete units from <paramref name="start"/> to <paramref name="end"/> (<c>'month'</c>, 2020-02-29 → 2020-03-02 = 0):
    /// Trino <c>date_diff</c>, DuckDB <c>date_sub</c> (docs/dialects.md #6).
    /// </summary>
    public static long UnitsBetween(DateUnit unit, DateTime start, DateTime end) => throw Marker();

    /// <summary>
    /// Unit boundaries crossed from <paramref name="start"/> to <paramref name="end"/> (<c>'day'</c>, 23:00 → 01:00 = 1):
    /// DuckDB <c>date_diff</c>; on Trino the difference of the truncated values (docs/dialects.md #6).
    /// </summary>
    public static long BoundariesBetween(DateUnit unit, DateTime start, DateTime end) => throw Marker();

    /// <summary>
    /// The first match of <paramref name="pattern"/> in <paramref name="value"/> (group 0), or null when it does not match
    /// (Trino <c>regexp_extract</c>; DuckDB <c>NULLIF(regexp_extract(…), '')</c>, docs/dialects.md #17).
    /// </summary>
    public static string? RegexExtract(string? value, string pattern) => throw Marker();

    /// <summary>The given capture group of the first match, or null when it does not match.</summary>
    public static string? RegexExtract(string? value, string pattern, int group) => throw Marker();

    private static InvalidOperationException Marker() =>
        new("Sql functions are markers for the query translator: use them inside a query lambda.");
}
