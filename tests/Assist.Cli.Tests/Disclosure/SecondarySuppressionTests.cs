using Assist.Cli.Disclosure.Rules;
using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>
/// Secondary suppression, on tables computed by hand: a suppressed cell must not be recoverable from a released total
/// by one subtraction, in one output with margin rows (an empty key = "all") and across two outputs whose group keys nest.
/// Counts here are multiples of 5, so rounding changes nothing and the tables show suppression alone.
/// </summary>
public sealed class SecondarySuppressionTests
{
    [Fact]
    public void One_way_table_with_a_total_also_hides_the_next_smallest_cell()
    {
        var output = new FixtureOutput("per_class", ("Class", "key"), ("Problems", "count"));

        // B (4 persons) is below 10; with the total released, B = 255 - 60 - 75 - 100, so A (12, the smallest left) goes too.
        var release = Release.Of(output, """
            Class,Problems,#persons
            A,60,12
            B,20,4
            C,75,15
            D,100,20
            ,255,51
            """);

        Assert.Equal(["Class,Problems", "A,", "B,", "C,75", "D,100", ",255"], release.Lines("per_class"));
        Assert.Equal(["per_class|Class=A|Problems|suppressed-secondary", "per_class|Class=B|Problems|suppressed-primary"], release.Cells());
    }

    [Fact]
    public void One_way_table_without_a_total_needs_no_secondary_suppression()
    {
        var output = new FixtureOutput("per_class", ("Class", "key"), ("Problems", "count"));

        var release = Release.Of(output, "Class,Problems,#persons\nA,60,12\nB,20,4\nC,75,15\n");

        Assert.Equal(["Class,Problems", "A,60", "B,", "C,75"], release.Lines("per_class"));
    }

    [Fact]
    public void Two_way_table_with_both_margins_hides_a_closed_pattern_of_cells()
    {
        var output = new FixtureOutput("per_school_grade", ("School", "key"), ("Grade", "key"), ("Problems", "count"));

        // s1/g2 (3 persons) is below 10. Row s1 gives it away unless s1/g1 goes; column g2 unless the smallest of
        // s2/g2 (25) and s3/g2 (50) goes; then column g1 gives s1/g1 away unless s2/g1 (20 < 40) goes; row s2 then has
        // two hidden cells. Every row and column of the result has 0 or 2 hidden cells; the margins stay.
        var release = Release.Of(output, """
            School,Grade,Problems,#persons
            s1,g1,150,30
            s1,g2,15,3
            s2,g1,100,20
            s2,g2,125,25
            s3,g1,200,40
            s3,g2,250,50
            s1,,165,33
            s2,,225,45
            s3,,450,90
            ,g1,450,90
            ,g2,390,78
            ,,840,168
            """);

        Assert.Equal(
            ["School,Grade,Problems", "s1,g1,", "s1,g2,", "s2,g1,", "s2,g2,", "s3,g1,200", "s3,g2,250", "s1,,165", "s2,,225", "s3,,450", ",g1,450", ",g2,390", ",,840"],
            release.Lines("per_school_grade"));
        Assert.Equal(
            [
                "per_school_grade|School=s1;Grade=g1|Problems|suppressed-secondary",
                "per_school_grade|School=s1;Grade=g2|Problems|suppressed-primary",
                "per_school_grade|School=s2;Grade=g1|Problems|suppressed-secondary",
                "per_school_grade|School=s2;Grade=g2|Problems|suppressed-secondary",
            ],
            release.Cells());
    }

    [Fact]
    public void Across_two_outputs_with_nested_group_keys_the_coarser_output_is_the_total()
    {
        var fine = new FixtureOutput("per_school_grade", ("School", "key"), ("Grade", "key"), ("Problems", "count"));
        var coarse = new FixtureOutput("per_school", ("School", "key"), ("Problems", "count"));
        var files = new Dictionary<string, string>
        {
            ["per_school_grade"] = "School,Grade,Problems,#persons\ns1,g1,150,30\ns1,g2,15,3\ns2,g1,100,20\ns2,g2,125,25\n",
            ["per_school"] = "School,Problems,#persons\ns1,165,33\ns2,225,45\n",
        };

        var alone = Release.Of(ReviewFixture.Json(fine), new Dictionary<string, string> { ["per_school_grade"] = files["per_school_grade"] });
        var both = Release.Of(ReviewFixture.Json(fine, coarse), files);

        // Alone, s1/g1 is safe: nothing totals it. With per_school released, s1/g2 = 165 - 150, so s1/g1 goes too.
        Assert.Equal(["School,Grade,Problems", "s1,g1,150", "s1,g2,", "s2,g1,100", "s2,g2,125"], alone.Lines("per_school_grade"));
        Assert.Equal(["School,Grade,Problems", "s1,g1,", "s1,g2,", "s2,g1,100", "s2,g2,125"], both.Lines("per_school_grade"));
        Assert.Equal(["School,Problems", "s1,165", "s2,225"], both.Lines("per_school"));
        Assert.Contains("per_school_grade|School=s1;Grade=g1|Problems|suppressed-secondary", both.Cells());
    }

    [Fact]
    public void Turned_off_only_primary_suppression_happens()
    {
        var output = new FixtureOutput("per_class", ("Class", "key"), ("Problems", "count"));
        var rules = DisclosureRules.Defaults with { SecondarySuppression = new SecondarySuppressionRule(false) };

        var release = Release.Of(output, "Class,Problems,#persons\nA,60,12\nB,20,4\n,80,16\n", rules);

        Assert.Equal(["Class,Problems", "A,60", "B,", ",80"], release.Lines("per_class"));
    }
}
