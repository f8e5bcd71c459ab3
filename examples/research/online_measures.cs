// The 15 online measures of seeds/001 §4 (Feng, Heffernan & Koedinger, on the 2004-05 ASSISTment data): one row per
// student over a date range, each student's first day left out.
// Definitions, and where this lake differs from the 2004 system, are in online_measures.md.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "The 15 online measures per student (seeds/001 §4)",
    purpose: "Per-student static and dynamic assessment metrics (percent correct, hints, attempts, bottom-out hints, time) "
        + "to predict state test scores, as in seeds/001 Table 1.");

// The 2023-24 school year; start times from rangeStart (inclusive) to rangeEnd (exclusive), in UTC.
var rangeStart = new DateTime(2023, 9, 1);
var rangeEnd = new DateTime(2024, 7, 1);

// Every problem log started in the range, with its student: a question is an original item or a scaffolding question
// (path_info holds an 'SP' segment). Only the columns the measures use are carried, so the review lists no others.
var started =
    from pl in Lake.CasCore.StudentData.ProblemLogs
    where pl.StartTime >= rangeStart && pl.StartTime < rangeEnd
    select new
    {
        Student = pl.AssignmentLog().UserXid,
        pl.StartTime,
        pl.EndTime,
        Original = !pl.PathInfo!.Contains("SP"),
        pl.DiscreteScore,
        pl.HintCount,
        BottomOut = pl.BottomHint == true ? 1 : 0,
        pl.AttemptCount,
    };

// The student's first day in the range: they were learning to use the system, so the paper leaves it out.
var firstDays =
    from s in started
    group s by s.Student into g
    select new { Student = g.Key, SecondDay = Sql.TruncateToDay(g.Min(s => s.StartTime)).AddDays(1) };

// The questions counted: finished (end_time set), from the second day on.
var questions =
    from s in started
    join f in firstDays on s.Student equals f.Student
    where s.StartTime >= f.SecondDay && s.EndTime != null
    select new
    {
        s.Student,
        s.Original,
        s.DiscreteScore,
        s.HintCount,
        s.BottomOut,
        s.AttemptCount,
        Seconds = (s.EndTime!.Value - s.StartTime).TotalSeconds,
    };

var measures =
    from q in questions
    group q by q.Student into g
    orderby g.Key
    select new
    {
        StudentXid = g.Key,
        OriginalPercentCorrect = g.Where(q => q.Original).Average(q => (double?)q.DiscreteScore),
        OriginalCount = g.LongCount(q => q.Original),
        PercentCorrect = g.Average(q => (double?)q.DiscreteScore),
        QuestionCount = g.LongCount(),
        HintRequestCount = g.Sum(q => (long)q.HintCount),
        AvgHintRequest = g.Average(q => (double)q.HintCount),
        HintCount = g.Sum(q => (long)(q.HintCount - q.BottomOut)),
        AvgHintCount = g.Average(q => (double)(q.HintCount - q.BottomOut)),
        BottomOutHintCount = g.Sum(q => (long)q.BottomOut),
        AvgBottomHint = g.Average(q => (double)q.BottomOut),
        AttemptCount = g.Sum(q => (long)q.AttemptCount),
        AvgAttempt = g.Average(q => (double)q.AttemptCount),
        AvgQuestionTime = g.Average(q => q.Seconds),
        AvgItemTime = g.Any(q => q.Original) ? g.Sum(q => q.Seconds) / g.Count(q => q.Original) : (double?)null,
        TotalMinutes = g.Sum(q => q.Seconds) / 60,
    };

Submission.RowLevelOutput("online_measures", measures,
    reason: "the paper regresses each student's state test score on that student's measures: one row per student is the unit of analysis");
