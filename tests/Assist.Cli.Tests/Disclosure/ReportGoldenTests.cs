using Assist.Cli.Tests.Infrastructure;
using Assist.Cli.Tests.Submissions;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>disclosure.md and disclosure.json of one hand-made submission with every kind of output, as golden files.</summary>
public sealed class ReportGoldenTests
{
    [Fact]
    public async Task The_reports_match_their_golden_files()
    {
        using var folder = new TempFolder("assist-disclosure-golden");
        var twoWay = new FixtureOutput("per_school_grade", ("School", "key"), ("Grade", "key"), ("Problems", "count"), ("Hints", "sum"));
        var perStudent = new FixtureOutput("per_student", ("Student", "key"), ("Problems", "count")) { PersonLevel = true };
        var attempts = new FixtureOutput("attempts", ("Student", "other"), ("Correct", "other")) { RowLevel = true, PersonLevel = true, WithPersons = false };
        var groups = new FixtureOutput("per_group", ("Group", "key"), ("Members", "count")) { ManualReview = "the aggregate joins two person paths (students and teachers)." };
        folder.Write("review.json", ReviewFixture.Json(twoWay, perStudent, attempts, groups));
        folder.Write("results/per_school_grade.csv", """
            School,Grade,Problems,Hints,#persons,#top_share:Hints
            s1,g1,152,40,30,0.1
            s1,g2,14,3,3,0.5
            s2,g1,101,900,20,0.6
            s2,g2,127,50,25,0.2
            s3,g1,203,60,40,0.1
            s3,g2,251,70,50,0.1
            s1,,166,43,33,0.1
            s2,,228,950,45,0.5
            s3,,454,130,90,0.1
            ,g1,456,1000,90,0.5
            ,g2,392,123,78,0.1
            ,,848,1123,168,0.4

            """.Replace("\n\n", "\n", StringComparison.Ordinal));
        folder.Write("results/attempts.csv", "Student,Correct\n101,true\n");

        var run = await CliRun.RunAsync(folder.Path, FixedClock.Review, CancellationToken.None, null,
            "check-output", "results", "--review", "review.json", "--out", "released");

        Assert.True(run.ExitCode == 0, run.Error);
        GoldenFile.AssertMatches("Golden/disclosure.md.txt", await File.ReadAllTextAsync(folder.Combine("released", "disclosure.md")));
        GoldenFile.AssertMatches("Golden/disclosure.json.txt", await File.ReadAllTextAsync(folder.Combine("released", "disclosure.json")));
        GoldenFile.AssertMatches("Golden/per_school_grade.csv.txt", await File.ReadAllTextAsync(folder.Combine("released", "per_school_grade.csv")));
    }
}
