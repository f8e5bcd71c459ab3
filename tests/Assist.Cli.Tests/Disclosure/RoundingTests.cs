using Assist.Cli.Disclosure.Engine;
using Assist.Cli.Disclosure.Rules;
using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>Rounding of count-kind columns to the base, after suppression; ties round up (away from zero).</summary>
public sealed class RoundingTests
{
    [Theory]
    [InlineData(0, 5, 0)]
    [InlineData(2, 5, 0)]
    [InlineData(3, 5, 5)]
    [InlineData(7, 5, 5)]
    [InlineData(8, 5, 10)]
    [InlineData(12, 5, 10)]
    [InlineData(13, 5, 15)]
    [InlineData(15, 10, 20)] // tie: 1.5 x base
    [InlineData(25, 10, 30)] // tie: 2.5 x base rounds up, not to the even 20
    [InlineData(5, 10, 10)]  // tie: 0.5 x base rounds up, never down to 0
    [InlineData(14, 10, 10)]
    [InlineData(6, 4, 8)]    // tie with an even base: 1.5 x 4
    [InlineData(10, 4, 12)]  // 2.5 x 4
    [InlineData(9, 1, 9)]
    public void Counts_round_to_the_nearest_multiple_ties_up(int value, int roundingBase, int expected)
    {
        Assert.Equal(expected, CountRounding.Round(value, roundingBase));
    }

    [Fact]
    public void Only_count_columns_are_rounded_and_suppressed_cells_stay_empty()
    {
        var output = new FixtureOutput("per_class", ("Class", "key"), ("Problems", "count"), ("Hints", "sum"), ("Score", "average"), ("Last", "other"));
        var rules = DisclosureRules.Defaults with { Rounding = new RoundingRule(true, 10) };

        var release = Release.Of(output, """
            Class,Problems,Hints,Score,Last,#persons,#top_share:Hints,#top_share:Score
            a,25,25,25,25,12,0.1,0.1
            b,15,15,0.5,15,4,0.1,0.1
            c,40,17,0.75,17,30,0.1,0.1
            """, rules);

        Assert.Equal(["Class,Problems,Hints,Score,Last", "a,30,25,25,25", "b,,,,", "c,40,17,0.75,17"], release.Lines("per_class"));
        Assert.Contains("per_class|Class=a|Problems|rounded", release.Cells());
        Assert.DoesNotContain(release.Cells(), c => c.StartsWith("per_class|Class=c|", StringComparison.Ordinal));
        Assert.Equal(1, release.Count("rounded"));
    }
}
