// The learning curve of seeds/001 §5 in its simplest form, and the distribution of one online measure, each with a
// plot: percent correct on original items by month of the school year (mean over students, ± one standard
// deviation), and each student's percent correct over the year (ORIGINAL_PERCENT_CORRECT) as a histogram. The full
// person-period panel is examples/research/person_period_panel.cs; this one exists to be drawn. See learning_curve.md.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "Learning curve by month and the distribution of percent correct",
    purpose: "Shows whether students get better over the 2023-24 school year (seeds/001 §5) and how spread out they are (seeds/001 §4, ORIGINAL_PERCENT_CORRECT).");

var yearStart = new DateTime(2023, 9, 1);
var yearEnd = new DateTime(2024, 7, 1);

// Finished original items (no 'SP' scaffolding segment in path_info) of the school year.
var originals = Lake.CasCore.StudentData.ProblemLogs
    .Where(pl => pl.StartTime >= yearStart && pl.StartTime < yearEnd && pl.EndTime != null && !pl.PathInfo!.Contains("SP"));

// CenteredMonth: whole months since September (0 = September 2023).
var perStudentMonth =
    from pl in originals
    group pl by new { Student = pl.AssignmentLog().UserXid, Month = Sql.UnitsBetween(DateUnit.Month, yearStart, Sql.TruncateToMonth(pl.StartTime)) } into g
    select new { g.Key.Student, g.Key.Month, PercentCorrect = g.Average(p => (double)(p.DiscreteScore ?? 0)) };

// Mean and (population) standard deviation over the students who worked that month.
var curve =
    from s in perStudentMonth
    group s by s.Month into g
    orderby g.Key
    select new
    {
        CenteredMonth = g.Key,
        Students = g.LongCount(),
        PercentCorrect = g.Average(s => s.PercentCorrect),
        StdDev = Math.Sqrt(Math.Max(0.0, g.Average(s => s.PercentCorrect * s.PercentCorrect) - g.Average(s => s.PercentCorrect) * g.Average(s => s.PercentCorrect))),
    };
var curveOutput = Submission.Output("learning_curve", curve);
Submission.Plot("learning_curve_plot", PlotKind.ScatterWithSpread, curveOutput,
    x: r => r.CenteredMonth, y: r => r.PercentCorrect, spread: r => r.StdDev,
    title: "Percent correct on original items by month (mean ± SD over students)");

// ORIGINAL_PERCENT_CORRECT per student over the year: one row per student, so declared row-level.
var perStudent =
    from pl in originals
    group pl by pl.AssignmentLog().UserXid into g
    orderby g.Key
    select new { StudentXid = g.Key, Items = g.LongCount(), PercentCorrect = g.Average(p => (double)(p.DiscreteScore ?? 0)) };
var perStudentOutput = Submission.RowLevelOutput("percent_correct_per_student", perStudent,
    reason: "the distribution of a per-student measure is the question; the histogram is drawn from these rows");
Submission.Plot("percent_correct_histogram", PlotKind.Histogram, perStudentOutput, x: r => r.PercentCorrect,
    title: "Students by percent correct on original items, 2023-24");
