using System.Globalization;

namespace Assist.Cli.Synth;

/// <summary>
/// The school years a synthetic lake covers: <see cref="Years"/> years from September of <see cref="FirstYear"/>.
/// The lake holds school years from 2018-19 on (seeds/000), so the default is recent ones; the papers' data are from
/// 2004-05 (<see cref="Papers"/>). Each class belongs to one school year; its assignments spread over that year.
/// </summary>
/// <param name="FirstYear">The calendar year the first school year starts in (2024 = 2024-25).</param>
/// <param name="Years">How many consecutive school years.</param>
internal sealed record SynthCalendar(int FirstYear, int Years)
{
    /// <summary>The default first school year: recent, and fixed so that the same seed gives the same bytes.</summary>
    public const int DefaultFirstYear = 2023;

    /// <summary>The default number of school years.</summary>
    public const int DefaultYears = 2;

    /// <summary>Recent school years, the default.</summary>
    public static SynthCalendar Recent { get; } = new(DefaultFirstYear, DefaultYears);

    /// <summary>The 2004-05 school year of the papers in seeds/ (001, 002).</summary>
    public static SynthCalendar Papers { get; } = new(2004, 1);

    /// <summary>The first day of the first school year, <c>yyyy-09-01</c>.</summary>
    public string Start => string.Create(CultureInfo.InvariantCulture, $"{FirstYear:D4}-09-01");

    /// <summary>How the years read in messages: <c>2023-24 to 2024-25</c>.</summary>
    public string Describe() => Years == 1 ? Label(FirstYear) : $"{Label(FirstYear)} to {Label(FirstYear + Years - 1)}";

    /// <summary>
    /// A timestamp literal for a moment given in the 2004-05 calendar the recipes were written for
    /// (<c>2004-08-16 09:00:00</c>), moved by whole years to this calendar's first school year.
    /// </summary>
    public string Timestamp(string in2004Calendar)
    {
        var moment = DateTime.Parse(in2004Calendar, CultureInfo.InvariantCulture, DateTimeStyles.None).AddYears(FirstYear - 2004);
        return "TIMESTAMP '" + moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "'";
    }

    /// <summary>SQL: the first day of the school year with index <paramref name="yearIndexSql"/> (0-based), as a DATE.</summary>
    public string YearStartSql(string yearIndexSql) => $"(DATE '{Start}' + to_years(CAST({yearIndexSql} AS INTEGER)))";

    private static string Label(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}-{(year + 1) % 100:D2}");
}
