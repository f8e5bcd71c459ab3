namespace Assist.Cli.Disclosure.Rules;

/// <summary>
/// The disclosure rules and their settings, as a rules file gives them (docs/disclosure.md). Every rule can be turned
/// off on its own; <see cref="Defaults"/> are the values a missing file or a missing key stands for.
/// </summary>
/// <param name="MinimumPersons">Primary suppression: a row resting on fewer persons loses every non-key value.</param>
/// <param name="Rounding">Count-kind values are rounded to a base after suppression.</param>
/// <param name="SecondarySuppression">Suppressed cells must not be recoverable from released totals by one subtraction.</param>
/// <param name="Dominance">A sum or average where one person contributes more than a share is suppressed.</param>
internal sealed record DisclosureRules(
    MinimumPersonsRule MinimumPersons,
    RoundingRule Rounding,
    SecondarySuppressionRule SecondarySuppression,
    DominanceRule Dominance)
{
    /// <summary>Threshold 10, base 5, secondary suppression on, dominance share 0.5: every rule on.</summary>
    public static DisclosureRules Defaults { get; } = new(
        new MinimumPersonsRule(true, 10),
        new RoundingRule(true, 5),
        new SecondarySuppressionRule(true),
        new DominanceRule(true, 0.5));
}

/// <summary>Minimum persons per cell.</summary>
/// <param name="Enabled">Whether the rule applies.</param>
/// <param name="Persons">A row is released only when at least this many distinct persons are behind it.</param>
internal sealed record MinimumPersonsRule(bool Enabled, int Persons);

/// <summary>Rounding of count-kind values.</summary>
/// <param name="Enabled">Whether the rule applies.</param>
/// <param name="Base">Counts are rounded to the nearest multiple of this; a value half-way rounds up (away from zero).</param>
internal sealed record RoundingRule(bool Enabled, int Base);

/// <summary>Secondary (complementary) suppression.</summary>
/// <param name="Enabled">Whether the rule applies.</param>
internal sealed record SecondarySuppressionRule(bool Enabled);

/// <summary>Dominance of one person in a sum or average (the (n,k) rule with n = 1).</summary>
/// <param name="Enabled">Whether the rule applies.</param>
/// <param name="Share">A cell is suppressed when the largest person's share of its total is greater than this.</param>
internal sealed record DominanceRule(bool Enabled, double Share);
