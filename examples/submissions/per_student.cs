// Per-student online measures of seeds/001 (Feng, Heffernan & Koedinger 2006, "Predicting state test scores better
// with intelligent tutoring systems"): for each student, on original items (not scaffolding steps), the share answered
// right on the first attempt without help, hints, attempts and bottom-out hints per item, and time per item.
// Each row describes one student, so the review flags it as person-level: a reviewer decides whether it may leave.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "Online assistance measures per student",
    purpose: "Replicates the dynamic-assessment predictors of seeds/001: how much help each student needed on original items.");

var originalItems = Lake.CasCore.StudentData.ProblemLogs
    .Where(pl => !pl.PathInfo!.Contains("SP") && pl.EndTime != null);

var perStudent =
    from pl in originalItems
    group pl by pl.AssignmentLog().UserXid into g
    orderby g.Key
    select new
    {
        StudentXid = g.Key,
        Problems = g.LongCount(),
        PercentCorrect = g.Average(p => (double)(p.DiscreteScore ?? 0)),
        HintsPerProblem = g.Average(p => (double)p.HintCount),
        AttemptsPerProblem = g.Average(p => (double)p.AttemptCount),
        BottomOutRate = g.Average(p => p.BottomHint == true ? 1.0 : 0.0),
    };

Submission.Output("per_student", perStudent);
