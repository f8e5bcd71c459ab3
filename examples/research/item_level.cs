// The item-level training set of seeds/002 §3.4.1 (Feng, Heffernan, Heffernan & Mani 2009): one row per response and
// skill, with "scaffolding credit" (an original item answered right credits its scaffolding questions, which the
// student never saw, as right) and "partial blame" (a wrong response tagged with several skills blames only the skill
// the student is worst at). Originals and scaffolding questions weigh the same. See item_level.md.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "Item-level training set with scaffolding credit and partial blame",
    purpose: "Replicates the data of seeds/002 §3.4.1 (RQ1): responses to original and scaffolding questions per skill, for mixed-effects logistic regression of skill learning over time.");

// The skill model: the framework (skills.framework) whose problem→skill links are the tags. A lake holds several
// (a synthetic lake: Common Core and WPI-1/5/39/78); a lake imported from public data holds one, with no framework
// name (NULL), which the filter below keeps.
const string SkillModel = "Common Core";

var yearStart = new DateTime(2023, 9, 1);
var yearEnd = new DateTime(2024, 7, 1);

// Every finished response in the school year: original items and the scaffolding questions the student was shown.
var logged =
    from pl in Lake.CasCore.StudentData.ProblemLogs
    where pl.StartTime >= yearStart && pl.StartTime < yearEnd && pl.EndTime != null && pl.DiscreteScore != null
    select new
    {
        StudentXid = pl.AssignmentLog().UserXid,
        ProblemLogId = pl.Id,
        pl.ProblemId,
        pl.StartTime,
        Source = pl.PathInfo!.Contains("SP") ? "scaffold" : "original",
        Correct = pl.DiscreteScore == 1 ? 1 : 0,
    };

// Scaffolding credit: the scaffolding questions of an original item answered right are credited as right, at the
// original's time. A scaffolding question is a problem whose scaffold belongs to the original's tutor strategy.
var credited =
    from r in logged
    where r.Source == "original" && r.Correct == 1
    from step in Lake.CasContent.Core.Problems
    where step.ScaffoldId != null && step.Scaffold()!.TutorStrategy().ProblemId == r.ProblemId
    select new
    {
        r.StudentXid,
        r.ProblemLogId,
        ProblemId = step.Id,
        r.StartTime,
        Source = "credited",
        Correct = 1,
    };

var tagged =
    from r in logged.Concat(credited)
    join ps in Lake.CasContent.Core.ProblemSkills on r.ProblemId equals ps.ProblemId
    where ps.Skill().Framework == SkillModel || ps.Skill().Framework == null
    select new { r.StudentXid, r.ProblemLogId, r.ProblemId, r.StartTime, r.Source, ps.SkillId, r.Correct, Logged = r.Source == "credited" ? 0 : 1 };

// The student's overall performance on each skill: the share of the student's logged responses tagged with it that
// were right (credited rows are not the student's own work and do not count).
var withPerformance =
    from t in tagged
    select new
    {
        t.StudentXid, t.ProblemLogId, t.ProblemId, t.StartTime, t.Source, t.SkillId, t.Correct,
        Performance = Window.Sum((long)t.Logged, Window.PartitionBy(t.StudentXid, t.SkillId)) == 0
            ? 1.0
            : (double)Window.Sum((long)(t.Logged * t.Correct), Window.PartitionBy(t.StudentXid, t.SkillId)) / Window.Sum((long)t.Logged, Window.PartitionBy(t.StudentXid, t.SkillId)),
    };

// Partial blame: within one response, rank its skills from the student's worst (ties: the lower skill id).
var ranked =
    from t in withPerformance
    select new
    {
        t.StudentXid, t.ProblemLogId, t.ProblemId, t.StartTime, t.Source, t.SkillId, t.Correct, t.Performance,
        BlameRank = Window.RowNumber(Window.PartitionBy(t.ProblemLogId, t.ProblemId).OrderBy(t.Performance).ThenBy(t.SkillId)),
    };

var trainingSet =
    from t in ranked
    where t.Correct == 1 || t.BlameRank == 1
    orderby t.StudentXid, t.StartTime, t.ProblemLogId, t.ProblemId, t.SkillId
    select new
    {
        t.StudentXid,
        t.ProblemLogId,
        t.ProblemId,
        t.SkillId,
        t.StartTime,
        MonthsElapsed = Sql.UnitsBetween(DateUnit.Month, yearStart, t.StartTime),
        t.Source,
        t.Correct,
        t.Performance,
    };

Submission.RowLevelOutput("item_level", trainingSet,
    reason: "the paper's mixed-effects logistic regression is fitted on one row per response and skill, with each student as a random effect");

// How much each strategy adds, per source: the paper's "original data set" against the one with credit and blame.
var bySource =
    from t in trainingSet
    group t by t.Source into g
    orderby g.Key
    select new { Source = g.Key, Rows = g.LongCount(), PercentCorrect = g.Average(t => (double)t.Correct) };
Submission.Output("rows_by_source", bySource);
