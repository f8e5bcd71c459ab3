using Assist.Cli.Tests.Infrastructure;
using System.Globalization;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>examples/research/person_period_panel.cs: seeds/001 §5.1's student × month panel.</summary>
[Collection(ResearchLakeCollection.Name)]
public sealed class PersonPeriodPanelTests(ResearchLakeFixture lake)
{
    private const string Example = "person_period_panel";

    [Fact]
    public async Task Run_returns_what_hand_written_sql_returns()
    {
        using var folder = new TempFolder();

        var (header, rows) = await ResearchExamples.RunAndReadAsync(ResearchRun.File(Example), lake.Lake, folder, Example);
        Assert.Equal(["StudentXid", "Month", "CenteredMonth", "OriginalCount", "PercentCorrect", "PredictedScore"], header);
        ResearchExamples.AssertSameRows(ResultComparison.Rows(lake.Lake, HandWrittenResearchSql.PersonPeriodPanel), rows);

        // September (CenteredMonth 0) is left out; October is 1. Synthetic classes stop assigning 270 days after
        // September 1st, so the months run from 1 (October) to 8 (May).
        var months = rows.Select(r => int.Parse(r[2], CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(1, 8), months);
    }
}
