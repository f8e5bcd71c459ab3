// Knowledge-tracing input: for each student and skill, the student's 1st, 2nd, ... n-th opportunity to use the skill
// on an original item (scaffolding steps excluded) and whether it was right on the first try without help. This is the
// table Bayesian knowledge tracing and the "percent correct by opportunity" learning curves are fitted on.
// An item tagged with two skills is an opportunity for both. See knowledge_tracing_input.md.
using Assist.Lake;
using Assist.Query;
using Assist.Submissions;

Submission.Describe(
    title: "Opportunities per student and skill, for knowledge tracing",
    purpose: "Each student's n-th opportunity on each skill (original items) and its correctness, for fitting BKT and drawing learning curves per skill.");

// The skill model: the framework (skills.framework) whose problem→skill links are the tags. A lake holds several
// (a synthetic lake: Common Core and WPI-1/5/39/78); a lake imported from public data holds one, with no framework
// name (NULL), which the filter below keeps.
const string SkillModel = "Common Core";

var yearsStart = new DateTime(2023, 9, 1);
var yearsEnd = new DateTime(2025, 7, 1);

// One row per finished original item and skill it is tagged with.
var tagged =
    from pl in Lake.CasCore.StudentData.ProblemLogs
    where pl.StartTime >= yearsStart && pl.StartTime < yearsEnd && pl.EndTime != null && !pl.PathInfo!.Contains("SP")
    join ps in Lake.CasContent.Core.ProblemSkills on pl.ProblemId equals ps.ProblemId
    where ps.Skill().Framework == SkillModel || ps.Skill().Framework == null
    select new
    {
        StudentXid = pl.AssignmentLog().UserXid,
        ps.SkillId,
        ProblemLogId = pl.Id,
        pl.ProblemId,
        pl.StartTime,
        Correct = pl.DiscreteScore == 1 ? 1 : 0,
    };

var opportunities =
    from t in tagged
    select new
    {
        t.StudentXid,
        t.SkillId,
        Opportunity = Window.RowNumber(Window.PartitionBy(t.StudentXid, t.SkillId).OrderBy(t.StartTime).ThenBy(t.ProblemLogId)),
        t.ProblemLogId,
        t.ProblemId,
        t.StartTime,
        t.Correct,
    };

Submission.RowLevelOutput("opportunities", opportunities.OrderBy(o => o.StudentXid).ThenBy(o => o.SkillId).ThenBy(o => o.Opportunity),
    reason: "knowledge tracing fits each student's sequence of opportunities per skill; counts or averages lose the order it learns from");

// The learning curve per skill: percent correct at the n-th opportunity, over the students who had one. Aggregated,
// so no row describes a person; curves are cut at the 10th opportunity, where few students remain.
var bySkillAndOpportunity =
    from o in opportunities
    where o.Opportunity <= 10
    group o by new { o.SkillId, o.Opportunity } into g
    orderby g.Key.SkillId, g.Key.Opportunity
    select new
    {
        g.Key.SkillId,
        g.Key.Opportunity,
        Students = g.LongCount(),
        PercentCorrect = g.Average(o => (double)o.Correct),
    };

var curve = Submission.Output("curve_by_opportunity", bySkillAndOpportunity);
Submission.Plot("curve_by_opportunity_plot", PlotKind.Line, curve,
    x: r => r.Opportunity, y: r => r.PercentCorrect, group: r => r.SkillId,
    title: "Percent correct by opportunity, per skill");
