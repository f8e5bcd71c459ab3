using System.Globalization;
using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Disclosure.Reporting;

/// <summary>The rules as the reports list them: name, setting, what each does and where it comes from.</summary>
internal static class RuleCatalog
{
    /// <summary>The four rules in the order the engine applies them.</summary>
    public static IReadOnlyList<RuleReport> Describe(DisclosureRules rules) =>
    [
        new("minimum-persons", rules.MinimumPersons.Enabled, Text($"persons: {rules.MinimumPersons.Persons}"),
            "a row resting on fewer distinct persons than the threshold has every non-key value suppressed",
            "ONS / SACRO output checking: threshold of 10 units per cell (docs/disclosure.md)"),
        new("dominance", rules.Dominance.Enabled, Text($"share: {rules.Dominance.Share}"),
            "a sum or average where the largest single person contributes more than the share of the total is suppressed",
            "ONS / SACRO: dominance, the (n,k) rule with n = 1 (docs/disclosure.md)"),
        new("secondary-suppression", rules.SecondarySuppression.Enabled, null,
            "when a suppressed cell could be recovered from a released total by one subtraction (margins of one output, or outputs grouped by nested keys), the next smallest cell is suppressed too",
            "ONS / SACRO: secondary (complementary) suppression (docs/disclosure.md)"),
        new("rounding", rules.Rounding.Enabled, Text($"base: {rules.Rounding.Base}"),
            "released counts are rounded to the nearest multiple of the base after suppression, half-way values up",
            "OpenSAFELY output checking: counts rounded to the nearest 5 (docs/disclosure.md)"),
    ];

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
