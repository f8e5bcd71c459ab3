using Assist.Cli.Disclosure;
using Assist.Cli.Disclosure.Rules;
using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>The rules file: defaults, each rule on its own, and the bad files refused at line and column.</summary>
public sealed class RulesFileTests
{
    [Fact]
    public void An_empty_file_is_the_defaults()
    {
        Assert.Equal(DisclosureRules.Defaults, RulesFile.Parse("", "rules.yaml"));
        Assert.Equal(DisclosureRules.Defaults, RulesFile.Parse("# nothing changed\n", "rules.yaml"));
        Assert.Equal(new DisclosureRules(new(true, 10), new(true, 5), new(true), new(true, 0.5)), DisclosureRules.Defaults);
    }

    [Fact]
    public void Each_rule_is_set_and_turned_off_on_its_own()
    {
        var rules = RulesFile.Parse("""
            minimum_persons: { persons: 7 }
            rounding: { enabled: false }
            secondary_suppression:
              enabled: false
            dominance: { share: 0.75 }
            """, "rules.yaml");

        Assert.Equal(new DisclosureRules(new(true, 7), new(false, 5), new(false), new(true, 0.75)), rules);
    }

    [Theory]
    [InlineData("minimum_persons: {persons: 10", "rules.yaml(2,1): error: not valid YAML")]
    [InlineData("threshold: 10\n", "rules.yaml(1,1): error: unknown key 'threshold' in the rules file; expected minimum_persons, rounding, secondary_suppression, dominance")]
    [InlineData("rounding:\n  base: five\n", "rules.yaml(2,9): error: base must be a whole number from 1 to 1000000; got 'five'")]
    [InlineData("rounding:\n  base: 0\n", "rules.yaml(2,9): error: base must be a whole number from 1 to 1000000; got '0'")]
    [InlineData("minimum_persons:\n  persons: -3\n", "rules.yaml(2,12): error: persons must be a whole number from 1 to 1000000; got '-3'")]
    [InlineData("dominance:\n  share: 1.5\n", "rules.yaml(2,10): error: share must be a number greater than 0 and less than 1")]
    [InlineData("dominance:\n  enabled: yes please\n", "rules.yaml(2,12): error: enabled must be true or false; got 'yes please'")]
    [InlineData("rounding: 5\n", "rules.yaml(1,11): error: rounding must be a mapping of enabled, base")]
    [InlineData("rounding:\n  base: 5\n  base: 10\n", "rules.yaml(3,3): error: not valid YAML: Duplicate key")]
    [InlineData("- 10\n", "rules.yaml(1,1): error: the rules file must be a mapping")]
    [InlineData("rounding:\n  base: [5]\n", "rules.yaml(2,9): error: base must be a single value")]
    public void A_bad_rules_file_is_refused_at_its_line_and_column(string yaml, string expected)
    {
        var error = Assert.Throws<DisclosureInputException>(() => RulesFile.Parse(yaml, "rules.yaml"));

        Assert.StartsWith(expected, error.Problems.Single().ToString(), StringComparison.Ordinal);
    }
}
