using Assist.Query.Disclosure;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Disclosure;

/// <summary>
/// What disclosure control says about an output: each own column's kind from the AST, and no columns (with the reason
/// for manual review) where persons per cell cannot be counted safely.
/// </summary>
public class DisclosureReviewTests
{
    [Fact]
    public void Column_kinds_are_read_from_the_aggregates()
    {
        var query = from p in TestLake.ProblemLogs
                    group p by p.ProblemId into g
                    select new
                    {
                        Problem = g.Key,
                        Logs = g.LongCount(),
                        Hinted = g.Count(x => x.HintCount > 0),
                        Bottom = g.Count(x => x.BottomHint == true),
                        Correct = g.Sum(x => x.DiscreteScore == 1 ? 1 : 0),
                        Scored = g.Sum(x => x.DiscreteScore != null ? 1.0 : 0.0),
                        Students = g.Select(x => x.AssignmentLogId).Distinct().Count(),
                        Hints = g.Sum(x => x.HintCount),
                        Attempts = g.Average(x => x.AttemptCount),
                        First = g.Min(x => x.StartTime),
                        Ratio = g.Sum(x => x.HintCount) / (double)g.Count(),
                        Twice = g.Key * 2,
                    };

        var disclosure = query.Disclosure(SqlDialect.Trino);

        Assert.Equal(
            [
                ("Problem", DisclosureColumnKind.Key, null), ("Logs", DisclosureColumnKind.Count, null), ("Hinted", DisclosureColumnKind.Count, null),
                ("Bottom", DisclosureColumnKind.Count, null), ("Correct", DisclosureColumnKind.Count, null), ("Scored", DisclosureColumnKind.Count, null),
                ("Students", DisclosureColumnKind.Count, null), ("Hints", DisclosureColumnKind.Sum, "#top_share:Hints"),
                ("Attempts", DisclosureColumnKind.Average, "#top_share:Attempts"), ("First", DisclosureColumnKind.Other, null),
                ("Ratio", DisclosureColumnKind.Other, null), ("Twice", DisclosureColumnKind.Other, (string?)null),
            ],
            disclosure.Columns.Select(c => (c.Name, c.Kind, c.DominanceColumn)));
        Assert.Equal("#persons", disclosure.PersonsColumn);
        Assert.Equal("cas_core.student_data.assignment_logs.user_xid", disclosure.PersonPath);
        Assert.Null(disclosure.ManualReview);
    }

    // A distinct count of a nullable value carries a term that counts null once (docs/dialects.md #51): still a count.
    [Fact]
    public void A_distinct_count_of_a_nullable_value_is_a_count()
    {
        var query = from p in TestLake.ProblemLogs
                    group p by p.ProblemId into g
                    select new { Problem = g.Key, Answers = g.Select(x => x.AnswerText).Distinct().Count(), Scores = g.Select(x => x.DiscreteScore).Distinct().LongCount() };

        var disclosure = query.Disclosure(SqlDialect.Trino);

        Assert.Equal(
            [("Problem", DisclosureColumnKind.Key), ("Answers", DisclosureColumnKind.Count), ("Scores", DisclosureColumnKind.Count)],
            disclosure.Columns.Select(c => (c.Name, c.Kind)));
    }

    [Fact]
    public void A_table_without_a_person_path_goes_to_manual_review()
    {
        var query = from p in TestLake.Problems
                    group p by p.ProblemTypeId into g
                    select new { Type = g.Key, Problems = g.Count() };

        AssertManualReview(query, "no table it aggregates (cas_content.core.problems) has a person path");
    }

    [Fact]
    public void Two_person_paths_go_to_manual_review()
    {
        // Student logs joined to the user row: assignment_logs.user_xid and users.id are different person columns.
        var query = from p in TestLake.ProblemLogs
                    group p by p.AssignmentLog().User().BirthYear into g
                    select new { Born = g.Key, Logs = g.Count() };

        AssertManualReview(query, "different person paths (cas_core.student_data.assignment_logs.user_xid and cas_core.users.users.id)");
    }

    [Fact]
    public void A_self_join_of_one_person_path_goes_to_manual_review()
    {
        var query = from a in TestLake.AssignmentLogs
                    join b in TestLake.AssignmentLogs on a.AssignmentXid equals b.AssignmentXid
                    group a by a.AssignmentXid into g
                    select new { Assignment = g.Key, Pairs = g.Count() };

        AssertManualReview(query, "more than one row of person path cas_core.student_data.assignment_logs.user_xid");
    }

    [Fact]
    public void A_person_level_output_gets_no_columns_and_no_manual_review()
    {
        var query = from p in TestLake.ProblemLogs
                    group p by p.AssignmentLog().UserXid into g
                    select new { Student = g.Key, Hints = g.Sum(x => x.HintCount) };

        var disclosure = query.Disclosure(SqlDialect.Athena);

        Assert.Equal(query.ToSql(SqlDialect.Athena).Text, disclosure.Sql.Text);
        Assert.Null(disclosure.PersonsColumn);
        Assert.Null(disclosure.ManualReview);
        Assert.Equal([DisclosureColumnKind.Key, DisclosureColumnKind.Sum], disclosure.Columns.Select(c => c.Kind));
        Assert.All(disclosure.Columns, c => Assert.Null(c.DominanceColumn));
    }

    [Fact]
    public void A_row_level_output_gets_no_columns()
    {
        var query = TestLake.ProblemLogs.Select(p => new { p.Id, p.AssignmentLog().UserXid, p.HintCount });

        var disclosure = query.Disclosure(SqlDialect.DuckDb);

        Assert.Equal(query.ToSql(SqlDialect.DuckDb).Text, disclosure.Sql.Text);
        Assert.Null(disclosure.PersonsColumn);
        Assert.Null(disclosure.ManualReview);
        Assert.All(disclosure.Columns, c => Assert.Equal(DisclosureColumnKind.Other, c.Kind));
    }

    [Fact]
    public void An_aggregate_over_a_subquery_not_grouped_by_person_goes_to_manual_review()
    {
        // Each per-problem row mixes students: counting the subquery's rows is not counting persons.
        var perProblem = from p in TestLake.ProblemLogs
                         group p by p.ProblemId into g
                         select new { Problem = g.Key, Logs = g.Count() };
        var query = from s in perProblem
                    group s by s.Logs > 3 into g
                    select new { Busy = g.Key, Problems = g.Count() };

        AssertManualReview(query, "whose groups are not one person each");
    }

    private static void AssertManualReview<T>(Query<T> query, string reason)
    {
        foreach (var dialect in new[] { SqlDialect.Trino, SqlDialect.Athena, SqlDialect.DuckDb })
        {
            var disclosure = query.Disclosure(dialect);
            Assert.Equal(query.ToSql(dialect).Text, disclosure.Sql.Text);
            Assert.Null(disclosure.PersonsColumn);
            Assert.Null(disclosure.PersonPath);
            Assert.Contains(reason, disclosure.ManualReview, StringComparison.Ordinal);
            Assert.All(disclosure.Columns, c => Assert.Null(c.DominanceColumn));
        }
    }
}
