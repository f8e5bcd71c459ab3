namespace Assist.Cli.Import;

/// <summary>
/// Times for files that have none, made so that monthly and daily analyses see a plausible school year: each student
/// starts on one of the first 21 school days after 8 September (picked from the user id), works 20 problems per
/// session, 90 seconds apart from 08:00, one session every other day; a student with more sessions than fit in 250
/// days gets them closer together. Deterministic: the same file gives the same times.
/// </summary>
internal static class SynthesizedTimes
{
    /// <summary>Problems per session.</summary>
    public const int PerSession = 20;

    /// <summary>Seconds from a synthesized start to its end.</summary>
    public const int SecondsPerProblem = 60;

    /// <summary>What docs/import.md and the provenance file say about these times.</summary>
    public const string Note = "student starts 8-28 Sep of --school-year (from the user id); 20 problems a session, 90 s apart from 08:00; a session every other day, closer when they would pass 250 days";

    /// <summary>
    /// The start of a student's <paramref name="n"/>-th response (0-based) of <paramref name="total"/>, as SQL for
    /// microseconds since 1970 (BIGINT): computed once per response, its end is the same plus
    /// <see cref="SecondsPerProblem"/>, and <c>make_timestamp</c> turns either into a TIMESTAMP.
    /// </summary>
    public static string StartMicrosSql(ImportSettings settings, string userId, string n, string total) =>
        // Integer microseconds: interval arithmetic per row is several times slower.
        $"""
        ({FirstMorningMicros(settings)}
          + CAST(abs({userId} % 21) + floor(({n} // {PerSession}) * least(2.0, 250.0 / ceil({total} / {PerSession}.0))) AS BIGINT) * 86400000000
          + CAST(({n} % {PerSession}) * 90 AS BIGINT) * 1000000)
        """;

    // 08:00 UTC on 8 September of the school year, in microseconds since 1970.
    private static long FirstMorningMicros(ImportSettings settings) =>
        (new DateTime(settings.SchoolYear, 9, 8, 8, 0, 0, DateTimeKind.Utc) - DateTime.UnixEpoch).Ticks / 10;
}
