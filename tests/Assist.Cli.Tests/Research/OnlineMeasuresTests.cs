using Assist.Cli.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>examples/research/online_measures.cs: seeds/001's 15 online measures per student.</summary>
[Collection(ResearchLakeCollection.Name)]
public sealed class OnlineMeasuresTests(ResearchLakeFixture lake)
{
    private const string Example = "online_measures";

    [Fact]
    public async Task Run_returns_what_hand_written_sql_returns()
    {
        using var folder = new TempFolder();

        var (header, rows) = await ResearchExamples.RunAndReadAsync(ResearchRun.File(Example), lake.Lake, folder, Example);
        Assert.Equal(
            ["StudentXid", "OriginalPercentCorrect", "OriginalCount", "PercentCorrect", "QuestionCount", "HintRequestCount", "AvgHintRequest",
             "HintCount", "AvgHintCount", "BottomOutHintCount", "AvgBottomHint", "AttemptCount", "AvgAttempt", "AvgQuestionTime", "AvgItemTime", "TotalMinutes"],
            header);
        ResearchExamples.AssertSameRows(ResultComparison.Rows(lake.Lake, HandWrittenResearchSql.OnlineMeasures), rows);
    }

    // The first-day rule matters: without it the hand-written SQL counts at least as many questions for every student
    // (the same where the first day's problems were all left unfinished), and more in all.
    [Fact]
    public void Leaving_out_the_first_day_lowers_the_question_counts()
    {
        var withFirstDay = HandWrittenResearchSql.OnlineMeasures.Replace("CAST(s.start_time AS DATE) > f.day", "true", StringComparison.Ordinal);

        var without = ResultComparison.Rows(lake.Lake, HandWrittenResearchSql.OnlineMeasures).ToDictionary(r => r[0], QuestionCount);
        var with = ResultComparison.Rows(lake.Lake, withFirstDay).ToDictionary(r => r[0], QuestionCount);

        Assert.NotEmpty(without);
        Assert.All(without, s => Assert.True(with[s.Key] >= s.Value, $"student {s.Key}"));
        Assert.True(with.Values.Sum() > without.Values.Sum() + without.Count);
    }

    private static long QuestionCount(string[] row) => long.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture);
}
