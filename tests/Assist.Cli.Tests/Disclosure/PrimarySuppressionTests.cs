using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>Minimum persons per cell (default 10): the edges 9, 10 and 11, and what "every value of the row" means.</summary>
public sealed class PrimarySuppressionTests
{
    private static readonly FixtureOutput PerClass = new("per_class", ("Class", "key"), ("Problems", "count"), ("FirstSeen", "other"));

    [Fact]
    public void A_row_of_9_persons_is_suppressed_and_rows_of_10_and_11_are_released()
    {
        var release = Release.Of(PerClass, """
            Class,Problems,FirstSeen,#persons
            c9,40,2024-01-01,9
            c10,40,2024-01-02,10
            c11,40,2024-01-03,11
            """);

        // No margin row: nothing can be subtracted, so nothing but c9 is suppressed; keys stay.
        Assert.Equal(["Class,Problems,FirstSeen", "c9,,", "c10,40,2024-01-02", "c11,40,2024-01-03"], release.Lines("per_class"));
        Assert.Equal(["per_class|Class=c9|Problems|suppressed-primary", "per_class|Class=c9|FirstSeen|suppressed-primary"], release.Cells());
        Assert.Equal(2, release.Count("suppressedPrimary"));
    }

    [Fact]
    public void The_threshold_is_a_setting()
    {
        var rules = Assist.Cli.Disclosure.Rules.DisclosureRules.Defaults with { MinimumPersons = new(true, 11) };

        var release = Release.Of(PerClass, "Class,Problems,FirstSeen,#persons\nc10,40,x,10\nc11,40,y,11\n", rules);

        Assert.Equal(["Class,Problems,FirstSeen", "c10,,", "c11,40,y"], release.Lines("per_class"));
    }

    [Fact]
    public void Turned_off_the_rule_releases_every_row_and_the_report_says_it_was_off()
    {
        var rules = Assist.Cli.Disclosure.Rules.DisclosureRules.Defaults with { MinimumPersons = new(false, 10) };

        var release = Release.Of(PerClass, "Class,Problems,FirstSeen,#persons\nc1,40,x,1\n", rules);

        Assert.Equal(["Class,Problems,FirstSeen", "c1,40,x"], release.Lines("per_class"));
        var rule = release.Report.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "minimum-persons");
        Assert.False(rule.GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void The_persons_column_and_the_dominance_columns_never_reach_the_released_file()
    {
        var output = new FixtureOutput("per_class", ("Class", "key"), ("Hints", "sum"));

        var release = Release.Of(output, "\"Class\",\"Hints\",\"#persons\",\"#top_share:Hints\"\n\"c1\",\"45\",\"12\",\"0.2\"\n");

        Assert.Equal(["Class,Hints", "c1,45"], release.Lines("per_class"));
    }
}
