// The quarterly skill panel of seeds/001 §5.2 (and the skill models of seeds/002): one row per student, skill and
// quarter of a school year, with PredictedScore = 54 × percent correct on the original items tagged with the skill,
// for a skill model given as a problem→skill mapping in the lake (skills.framework names the model).
// Definitions, and where this lake differs from the 2004 system, are in skill_panel.md.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "Quarterly skill panel (seeds/001 §5.2, seeds/002 skill models)",
    purpose: "Tracks students' learning of each skill of one skill model (WPI-1, WPI-5, WPI-39 or WPI-78) over the "
        + "quarters of the 2023-24 school year, with growth models over Quarter by skill.");

// The skill model: the framework whose skills and problem links make the problem→skill mapping.
const string SkillModel = "WPI-5";

// September is left out as in §5.1; the three quarters are Fall (Oct-Dec, Quarter 0), Winter (Jan-Mar, 1) and
// Spring (Apr-Jun, 2), so Quarter 0 is the paper's "initial status in October".
var schoolYearStart = new DateTime(2023, 9, 1);
var firstMonth = schoolYearStart.AddMonths(1);
var yearEnd = schoolYearStart.AddMonths(10);

// Each graded original item, once per skill the model tags its problem with (an item with two skills counts for both).
var panel =
    from pl in Lake.CasCore.StudentData.ProblemLogs
    from ps in pl.Problem().ProblemSkills()
    where pl.StartTime >= firstMonth && pl.StartTime < yearEnd
        && !pl.PathInfo!.Contains("SP") && pl.DiscreteScore != null
        && ps.Skill().Framework == SkillModel
    group pl by new
    {
        Student = pl.AssignmentLog().UserXid,
        ps.SkillId,
        SkillName = ps.Skill().Name,
        QuarterStart = Sql.TruncateToQuarter(pl.StartTime),
    } into g
    orderby g.Key.Student, g.Key.SkillId, g.Key.QuarterStart
    select new
    {
        StudentXid = g.Key.Student,
        g.Key.SkillId,
        g.Key.SkillName,
        g.Key.QuarterStart,
        Quarter = Sql.UnitsBetween(DateUnit.Month, firstMonth, g.Key.QuarterStart) / 3,
        OriginalCount = g.LongCount(),
        PercentCorrect = g.Average(p => (double)p.DiscreteScore!.Value),
        PredictedScore = 54 * g.Average(p => (double)p.DiscreteScore!.Value),
    };

Submission.RowLevelOutput("skill_panel", panel,
    reason: "mixed-effects growth models by skill fit each student's own trajectory per skill: one row per student, skill and quarter");
