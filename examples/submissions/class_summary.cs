// A class-level aggregate: per class (the group an assignment was given in), how many problem logs its students
// made and how well and with how much help they did. No row describes one person.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "Performance per class",
    purpose: "Compares classes on first-attempt correctness and hint use, for the teacher-effect models of seeds/002.");

var perClass =
    from pl in Lake.CasCore.StudentData.ProblemLogs
    where pl.StartTime >= new DateTime(2023, 9, 1) && pl.EndTime != null
    group pl by pl.AssignmentLog().Assignment().GroupContextXid into g
    orderby g.Key
    select new
    {
        ClassXid = g.Key,
        Problems = g.LongCount(),
        PercentCorrect = g.Average(p => (double)(p.DiscreteScore ?? 0)),
        HintsPerProblem = g.Average(p => (double)p.HintCount),
    };

Submission.Output("class_summary", perClass);
