// The person-period data set of seeds/001 §5.1 (Feng, Heffernan & Koedinger, on the 2004-05 ASSISTment data): one
// row per student per month of a school year, the first month left out,
// with PredictedScore = 54 × the month's percent correct on original items, for growth models over CenteredMonth.
// Definitions, and where this lake differs from the 2004 system, are in person_period_panel.md.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "Person-period panel: monthly PredictedScore per student (seeds/001 §5.1)",
    purpose: "Longitudinal growth models (Singer & Willett) of students' monthly percent correct on original items "
        + "over the 2023-24 school year.");

// The school year starts in September; September, when students learn to use the system, is left out, so
// CenteredMonth runs from 1 (October) to 9 (June).
var schoolYearStart = new DateTime(2023, 9, 1);
var firstMonth = schoolYearStart.AddMonths(1);
var yearEnd = schoolYearStart.AddMonths(10);

// Original items (no 'SP' segment in path_info) that were graded: discrete_score is 1 only for a correct first
// attempt without help, and null while unfinished or ungraded.
var panel =
    from pl in Lake.CasCore.StudentData.ProblemLogs
    where pl.StartTime >= firstMonth && pl.StartTime < yearEnd
        && !pl.PathInfo!.Contains("SP") && pl.DiscreteScore != null
    group pl by new { Student = pl.AssignmentLog().UserXid, Month = Sql.TruncateToMonth(pl.StartTime) } into g
    orderby g.Key.Student, g.Key.Month
    select new
    {
        StudentXid = g.Key.Student,
        g.Key.Month,
        CenteredMonth = Sql.UnitsBetween(DateUnit.Month, schoolYearStart, g.Key.Month),
        OriginalCount = g.LongCount(),
        PercentCorrect = g.Average(p => (double)p.DiscreteScore!.Value),
        PredictedScore = 54 * g.Average(p => (double)p.DiscreteScore!.Value),
    };

Submission.RowLevelOutput("person_period_panel", panel,
    reason: "mixed-effects growth models fit each student's own trajectory: one row per student per month is the unit of analysis");
