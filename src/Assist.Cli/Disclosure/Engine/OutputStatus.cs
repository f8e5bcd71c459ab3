using Assist.Cli.Disclosure.Inputs;

namespace Assist.Cli.Disclosure.Engine;

/// <summary>What happens to an output as a whole.</summary>
internal enum OutputStatus
{
    /// <summary>The rules were applied and the result is released.</summary>
    Released,

    /// <summary>Declared row-level with a reason: released as it is, without the cell rules.</summary>
    ReleasedRowLevel,

    /// <summary>Not released; the reason says why.</summary>
    Withheld,

    /// <summary><c>--no-disclosure</c>: raw local results, not checked, not fit to leave the enclave.</summary>
    Raw,
}

/// <summary>Decides, from review.json alone, whether an output is checked by the rules, released row-level or withheld.</summary>
internal static class OutputStatuses
{
    /// <summary>The status, and the reason the reports give for it (null for an output the rules check).</summary>
    public static (OutputStatus Status, string? Reason) Decide(OutputPlan plan) => plan switch
    {
        { RowLevel: true } => (OutputStatus.ReleasedRowLevel,
            $"declared row-level ({plan.Reason ?? "no reason given"}): released as it is; the cell rules do not apply to row-level data, so the reviewer's approval of the reason is what releases it"),
        { PersonLevel: true } => (OutputStatus.Withheld,
            "each row describes one person and the output is not declared row-level: person-level results are never released"),
        { Disclosure: null } => (OutputStatus.Withheld,
            "review.json has no disclosure section for this output (it was written by an assist without disclosure control), so the rules cannot be applied"),
        { Disclosure.ManualReview: { } why } => (OutputStatus.Withheld, "needs manual review: " + why),
        { Disclosure.PersonsColumn: null } => (OutputStatus.Withheld,
            "its SQL has no persons column, so the rules cannot count the persons behind a cell"),
        _ => (OutputStatus.Released, null),
    };

    /// <summary>released, released-row-level, withheld or raw.</summary>
    public static string Name(this OutputStatus status) => status switch
    {
        OutputStatus.Released => "released",
        OutputStatus.ReleasedRowLevel => "released-row-level",
        OutputStatus.Withheld => "withheld",
        _ => "raw",
    };
}
