using Assist.Query;
using DataLake = global::Assist.Lake.Lake;
using ProblemLog = global::Assist.Lake.CasCore.StudentData.ProblemLog;

namespace Assist.Cli.Demo;

/// <summary>One research measure per student (seeds/001): how much help they needed on the original items.</summary>
/// <param name="StudentXid">The student (an external reference of kind user).</param>
/// <param name="Problems">Original items done.</param>
/// <param name="PercentCorrect">Share answered right on the first attempt without help (ORIGINAL_PERCENT_CORRECT).</param>
/// <param name="HintsPerProblem">Hint requests per item (AVG_HINT_REQUEST).</param>
/// <param name="AttemptsPerProblem">Attempts per item (AVG_ATTEMPT).</param>
/// <param name="BottomOutRate">Share of items where the answer was shown (AVG_BOTTOM_HINT).</param>
internal sealed record StudentMeasures(long StudentXid, long Problems, double PercentCorrect, double HintsPerProblem, double AttemptsPerProblem, double BottomOutRate);

/// <summary>One month of the learning panel (seeds/002): how all students did on original items that month.</summary>
/// <param name="Month">The month.</param>
/// <param name="Problems">Original items done.</param>
/// <param name="PercentCorrect">Share right on the first attempt without help.</param>
/// <param name="HintsPerProblem">Hint requests per item.</param>
internal sealed record MonthPanel(DateTime Month, long Problems, double PercentCorrect, double HintsPerProblem);

/// <summary>One problem set: how hard students found it, reached from each problem log through its assignment's xid.</summary>
/// <param name="ProblemSetId">The problem set.</param>
/// <param name="Problems">Original items done in it.</param>
/// <param name="PercentCorrect">Share right on the first attempt without help.</param>
/// <param name="AttemptsPerProblem">Attempts per item.</param>
internal sealed record ProblemSetDifficulty(long ProblemSetId, long Problems, double PercentCorrect, double AttemptsPerProblem);

/// <summary>The research queries <c>assist demo</c> runs, written with the typed API (no SQL by hand).</summary>
internal static class DemoQueries
{
    /// <summary>Original items only: scaffolding steps have <c>SP</c> in their path.</summary>
    public static Query<ProblemLog> OriginalItems =>
        DataLake.CasCore.StudentData.ProblemLogs.Where(pl => !pl.PathInfo!.Contains("SP") && pl.EndTime != null);

    /// <summary>Each student's percent correct on original items, hints per problem, attempts and bottom-out rate.</summary>
    public static Query<StudentMeasures> PerStudent =>
        from pl in OriginalItems
        group pl by pl.AssignmentLog().UserXid into g
        orderby g.Key
        select new StudentMeasures(
            g.Key,
            g.LongCount(),
            g.Average(p => (double)(p.DiscreteScore ?? 0)),
            g.Average(p => (double)p.HintCount),
            g.Average(p => (double)p.AttemptCount),
            g.Average(p => p.BottomHint == true ? 1.0 : 0.0));

    /// <summary>Month by month: percent correct and hints per problem over the school year.</summary>
    public static Query<MonthPanel> ByMonth =>
        from pl in OriginalItems
        group pl by Sql.TruncateToMonth(pl.StartTime) into g
        orderby g.Key
        select new MonthPanel(
            g.Key,
            g.LongCount(),
            g.Average(p => (double)(p.DiscreteScore ?? 0)),
            g.Average(p => (double)p.HintCount));

    /// <summary>Per problem set, hardest first: the assignment is reached through assignment_logs.assignment_xid.</summary>
    public static Query<ProblemSetDifficulty> ByProblemSet =>
        from pl in OriginalItems
        group pl by pl.AssignmentLog().Assignment().ProblemSetId into g
        orderby g.Average(p => (double)(p.DiscreteScore ?? 0))
        select new ProblemSetDifficulty(
            g.Key,
            g.LongCount(),
            g.Average(p => (double)(p.DiscreteScore ?? 0)),
            g.Average(p => (double)p.AttemptCount));
}
