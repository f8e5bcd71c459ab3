// A row-level export for knowledge tracing: one row per student per problem attempt, in time order, with whether the
// first attempt was right and how much help was used. Knowledge-tracing models (BKT, DKT) fit per-student sequences,
// so the rows cannot be aggregated first; the output is declared row-level with its reason.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "Attempt sequences for knowledge tracing",
    purpose: "Fits Bayesian knowledge tracing per skill on the 2023-24 school year.");

var attempts =
    from pl in Lake.CasCore.StudentData.ProblemLogs
    where pl.StartTime >= new DateTime(2023, 9, 1) && pl.StartTime < new DateTime(2024, 7, 1) && pl.EndTime != null
    orderby pl.AssignmentLog().UserXid, pl.StartTime
    select new
    {
        StudentXid = pl.AssignmentLog().UserXid,
        pl.ProblemId,
        pl.StartTime,
        Correct = pl.DiscreteScore == 1,
        pl.HintCount,
        pl.AttemptCount,
    };

Submission.RowLevelOutput("attempts", attempts,
    reason: "knowledge tracing fits one sequence of attempts per student; aggregates lose the order it learns from");
