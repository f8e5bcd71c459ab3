namespace Assist.Query.Generative.Tests.Running;

/// <summary>
/// The outcome of one example: its kind, a short reason that classifies it (the refused construct, the first line of
/// an error), the SQL of each dialect, and for a mismatch the expected and actual rows.
/// </summary>
public sealed record Outcome(OutcomeKind Kind, string Reason, string Detail = "")
{
    public string TrinoSql { get; init; } = "";

    public string AthenaSql { get; init; } = "";

    public string DuckDbSql { get; init; } = "";

    /// <summary>The reason, cut to a length that still tells classes apart: what a run counts outcomes by.</summary>
    public string Class => Reason.Length <= 160 ? Reason : Reason[..160] + "…";

    /// <summary>Failures: a mismatch, invalid SQL, a crash or a timeout.</summary>
    public bool IsFailure => Kind is OutcomeKind.Mismatch or OutcomeKind.InvalidSql or OutcomeKind.Crash or OutcomeKind.Timeout;
}
