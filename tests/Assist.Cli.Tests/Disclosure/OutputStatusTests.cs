using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>Outputs that are not checked cell by cell: person-level (refused), manual review (withheld), row-level (released as declared).</summary>
public sealed class OutputStatusTests
{
    private static readonly (string, string)[] PerStudentColumns = [("Student", "key"), ("Problems", "count")];

    [Fact]
    public void A_person_level_output_not_declared_row_level_is_never_released()
    {
        var output = new FixtureOutput("per_student", PerStudentColumns) { PersonLevel = true };

        // Every row rests on 12 persons: the threshold alone would release it; being person-level is what refuses it.
        var release = Release.Of(output, "Student,Problems,#persons\n101,40,12\n102,45,12\n");

        Assert.False(release.Tables.ContainsKey("per_student"));
        var report = release.Report.GetProperty("outputs")[0];
        Assert.Equal("withheld", report.GetProperty("status").GetString());
        Assert.Contains("each row describes one person", report.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(["per_student|||withheld"], release.Cells().Select(c => c.Replace("(all)", "", StringComparison.Ordinal)));
        Assert.Equal(1, release.Count("outputsWithheld"));
    }

    [Fact]
    public void An_output_marked_for_manual_review_is_withheld_with_the_reason()
    {
        var output = new FixtureOutput("per_group", ("Group", "key"), ("Members", "count")) { ManualReview = "the aggregate joins two person paths (users and teachers)." };

        // The results file is not even needed: a withheld output's file is not read.
        var release = Release.Of(ReviewFixture.Json(output), new Dictionary<string, string>());

        var report = release.Report.GetProperty("outputs")[0];
        Assert.Equal("withheld", report.GetProperty("status").GetString());
        Assert.Equal("needs manual review: the aggregate joins two person paths (users and teachers).", report.GetProperty("reason").GetString());
        Assert.Empty(release.Tables);
    }

    [Fact]
    public void An_output_without_a_persons_column_or_a_disclosure_section_is_withheld()
    {
        var noPersons = new FixtureOutput("no_persons", ("Group", "key"), ("Members", "count")) { WithPersons = false };
        var oldReview = new FixtureOutput("old_review", ("Group", "key"), ("Members", "count")) { WithDisclosure = false };

        var release = Release.Of(ReviewFixture.Json(noPersons, oldReview), new Dictionary<string, string>());

        var reasons = release.Report.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("reason").GetString()).ToList();
        Assert.Contains("no persons column", reasons[0], StringComparison.Ordinal);
        Assert.Contains("no disclosure section", reasons[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_row_level_output_is_released_as_it_is_and_the_report_says_so()
    {
        var output = new FixtureOutput("attempts", ("Student", "other"), ("Correct", "other")) { RowLevel = true, PersonLevel = true, WithPersons = false };

        var release = Release.Of(output, "Student,Correct\n101,true\n102,false\n");

        Assert.Equal(["Student,Correct", "101,true", "102,false"], release.Lines("attempts"));
        var report = release.Report.GetProperty("outputs")[0];
        Assert.Equal("released-row-level", report.GetProperty("status").GetString());
        Assert.Contains("declared row-level (a model needs one row per attempt)", report.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
