using Assist.Cli.Disclosure.Rules;
using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>Dominance: a sum or average where one person has more than the share (default 0.5) is suppressed.</summary>
public sealed class DominanceTests
{
    private static readonly FixtureOutput PerClass = new("per_class", ("Class", "key"), ("Hints", "sum"), ("Score", "average"));

    private const string Results = """
        Class,Hints,Score,#persons,#top_share:Hints,#top_share:Score
        half,100,0.5,20,0.5,0.5
        over,100,0.5,20,0.51,0.2
        null,0,,20,,
        all,100,0.9,20,1,0.99
        """;

    [Fact]
    public void A_share_over_one_half_is_suppressed_exactly_one_half_and_unknown_are_released()
    {
        var release = Release.Of(PerClass, Results);

        Assert.Equal(["Class,Hints,Score", "half,100,0.5", "over,,0.5", "null,0,", "all,,"], release.Lines("per_class"));
        Assert.Equal(
            ["per_class|Class=over|Hints|suppressed-dominance", "per_class|Class=all|Hints|suppressed-dominance", "per_class|Class=all|Score|suppressed-dominance"],
            release.Cells());
        Assert.Equal(3, release.Count("suppressedDominance"));
    }

    [Fact]
    public void The_share_is_a_setting_and_the_rule_can_be_turned_off()
    {
        // At 0.95 only "all" (shares 1 and 0.99) is dominated; turned off, nothing is.
        var stricter = Release.Of(PerClass, Results, DisclosureRules.Defaults with { Dominance = new DominanceRule(true, 0.95) });
        var off = Release.Of(PerClass, Results, DisclosureRules.Defaults with { Dominance = new DominanceRule(false, 0.5) });

        Assert.Equal(["Class,Hints,Score", "half,100,0.5", "over,100,0.5", "null,0,", "all,,"], stricter.Lines("per_class"));
        Assert.Equal(["Class,Hints,Score", "half,100,0.5", "over,100,0.5", "null,0,", "all,100,0.9"], off.Lines("per_class"));
    }
}
