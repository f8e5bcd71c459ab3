using Assist.Cli.Commands;
using Assist.Lake.Tests.Support;
using Assist.Query;
using Assist.TestKit;
using static Assist.Lake.Tests.Support.Sql;

namespace Assist.Lake.Tests.Synth;

/// <summary><c>assist synth</c>'s calendar: recent school years by default, --from/--years, and the papers' 2004-05 year.</summary>
public sealed class SynthCalendarTests
{
    // School year of a timestamp: September to August, named by the year it starts in.
    private const string SchoolYearOf = "year(start_time) - CAST(month(start_time) < 9 AS INTEGER)";

    private static async Task<List<long>> SchoolYearsOfWork(params string[] calendarArgs)
    {
        using var folder = new TempFolder();
        var result = await CliRunner.Run(new SynthCommand(), folder.Path,
            ["--out", "lake", "--students", "60", "--seed", "5", "--schema", RepoPaths.SchemaDirectory, .. calendarArgs]);
        Assert.Equal(ExitCodes.Success, result.Code);
        using var lake = LocalLake.Open(folder.Combine("lake"));
        var count = Long(lake.Connection, $"SELECT count(DISTINCT {SchoolYearOf}) FROM cas_core.student_data.problem_logs");
        return Enumerable.Range(0, (int)count)
            .Select(i => Long(lake.Connection, $"SELECT DISTINCT {SchoolYearOf} AS y FROM cas_core.student_data.problem_logs ORDER BY y LIMIT 1 OFFSET {i}"))
            .ToList();
    }

    [Fact]
    public async Task By_default_the_work_falls_in_recent_school_years()
    {
        var years = await SchoolYearsOfWork();
        var first = Assist.Cli.Synth.SynthCalendar.DefaultFirstYear;
        Assert.Equal(Enumerable.Range(first, Assist.Cli.Synth.SynthCalendar.DefaultYears).Select(y => (long)y), years);
        Assert.True(first >= 2018, "the lake holds school years from 2018-19 on");
    }

    [Fact]
    public async Task From_and_years_choose_the_school_years()
    {
        Assert.Equal([2019L, 2020L, 2021L], await SchoolYearsOfWork("--from", "2019", "--years", "3"));
    }

    [Fact]
    public async Task The_papers_year_is_2004_05()
    {
        Assert.Equal([2004L], await SchoolYearsOfWork("--papers-year"));
    }

    [Theory]
    [InlineData("--years", "0")]
    [InlineData("--from", "19")]
    public async Task Bad_calendar_options_are_usage_errors(string option, string value)
    {
        using var folder = new TempFolder();
        var result = await CliRunner.Run(new SynthCommand(), folder.Path, "--out", "lake", option, value);
        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("lake")));
    }
}
