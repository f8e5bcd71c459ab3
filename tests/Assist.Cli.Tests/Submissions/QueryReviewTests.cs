using Assist.Query;
using Assist.TestKit;
using DataLake = global::Assist.Lake.Lake;
using Xunit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>The read-set comes from the translated SQL AST: every column the statement reads, wherever it reads it.</summary>
public sealed class QueryReviewTests
{
    [Fact]
    public void A_navigation_join_reads_both_join_columns()
    {
        var query = from pl in DataLake.CasCore.StudentData.ProblemLogs
                    group pl by pl.AssignmentLog().UserXid into g
                    select new { Student = g.Key, Hints = g.Sum(p => p.HintCount) };

        var review = query.Review(SqlDialect.Athena);
        TrinoGrammar.AssertValid(review.Sql.Text);

        Assert.Equal(
            [
                "cas_core.student_data.assignment_logs.id",
                "cas_core.student_data.assignment_logs.user_xid",
                "cas_core.student_data.problem_logs.assignment_log_id",
                "cas_core.student_data.problem_logs.hint_count",
            ],
            review.Columns.Select(c => c.QualifiedName));
        Assert.Equal(["cas_core.student_data.assignment_logs.user_xid"], review.GroupKeys);
        Assert.True(review.IsPersonLevel);
        Assert.True(review.Outputs[0].IsPersonIdentifier);
    }

    [Fact]
    public void An_xref_navigation_reads_external_references_and_reports_pii_in_the_select_list()
    {
        var query = from al in DataLake.CasCore.StudentData.AssignmentLogs
                    select new { Name = al.User().FirstName, al.StartTime };

        var review = query.Review(SqlDialect.Trino);
        TrinoGrammar.AssertValid(review.Sql.Text);

        Assert.Contains("cas_core.core.external_references.target_id", review.Columns.Select(c => c.QualifiedName));
        Assert.Contains("cas_core.core.external_references.xref_type_id", review.Columns.Select(c => c.QualifiedName));
        Assert.Equal(["cas_core.users.users.first_name"], review.PiiColumns.Select(c => c.QualifiedName));
        Assert.Equal(["cas_core.users.users.first_name"], review.Outputs[0].PiiSources.Select(c => c.QualifiedName));
        Assert.False(review.IsPersonLevel);
    }

    [Fact]
    public void A_pii_column_read_only_in_where_is_read_but_not_selected()
    {
        var query = DataLake.CasCore.Users.Users.Where(u => u.Email!.EndsWith("@example.org")).Select(u => new { u.BirthYear });

        var review = query.Review(SqlDialect.Athena);
        TrinoGrammar.AssertValid(review.Sql.Text);

        Assert.Contains("cas_core.users.users.email", review.PiiColumns.Select(c => c.QualifiedName));
        Assert.DoesNotContain(review.Outputs.SelectMany(o => o.PiiSources), c => c.Column == "email");
    }

    [Fact]
    public void A_subquery_and_a_captured_query_count_their_columns()
    {
        var active = DataLake.CasCore.StudentData.AssignmentLogs.Where(al => al.EndTime != null).Select(al => al.UserXid);
        var query = from u in DataLake.CasCore.Users.Users
                    where active.AsSequence().Contains(u.Id)
                    select new { u.Id, Logs = u.Created };

        var review = query.Review(SqlDialect.DuckDb);

        Assert.Contains("cas_core.student_data.assignment_logs.end_time", review.Columns.Select(c => c.QualifiedName));
        Assert.Contains("cas_core.student_data.assignment_logs.user_xid", review.Columns.Select(c => c.QualifiedName));
        Assert.True(review.IsPersonLevel);
    }

    [Fact]
    public void A_subquery_column_the_outer_query_never_uses_is_not_read()
    {
        // The derived table spells out every column of users (first_name, email …); the outer query uses birth_year.
        var adults = DataLake.CasCore.Users.Users.Where(u => u.BirthYear < 2000).Take(100);
        var query = from u in adults
                    group u by u.BirthYear into g
                    select new { Year = g.Key, People = g.Count() };

        var review = query.Review(SqlDialect.Athena);
        TrinoGrammar.AssertValid(review.Sql.Text);

        Assert.Contains("\"first_name\"", review.Sql.Text, StringComparison.Ordinal);
        Assert.Equal(["cas_core.users.users.birth_year"], review.PiiColumns.Select(c => c.QualifiedName));
        // id is the persons column the disclosure control adds (count(DISTINCT id)).
        Assert.Equal(["cas_core.users.users.birth_year", "cas_core.users.users.id"], review.Columns.Select(c => c.QualifiedName));
    }

    [Fact]
    public void A_subquery_column_is_read_when_a_filter_or_distinct_around_it_needs_it()
    {
        var firstPage = DataLake.CasCore.Users.Users.Take(100);
        var filtered = from u in firstPage where u.Email != null select new { u.Id };
        var distinctNames = DataLake.CasCore.Users.Users.Select(u => new { u.Id, u.FirstName }).Distinct().Select(x => x.Id);

        var filterReview = filtered.Review(SqlDialect.Athena);
        var distinctReview = distinctNames.Review(SqlDialect.Athena);
        TrinoGrammar.AssertValid(filterReview.Sql.Text);
        TrinoGrammar.AssertValid(distinctReview.Sql.Text);

        // Used only in the outer WHERE: read, not returned.
        Assert.Equal(["cas_core.users.users.email"], filterReview.PiiColumns.Select(c => c.QualifiedName));
        Assert.Empty(filterReview.Outputs.SelectMany(o => o.PiiSources));
        // DISTINCT compares every projected column, so first_name decides which rows are returned.
        Assert.Equal(["cas_core.users.users.first_name"], distinctReview.PiiColumns.Select(c => c.QualifiedName));
    }

    [Fact]
    public void A_class_level_aggregate_is_not_person_level()
    {
        var query = from pl in DataLake.CasCore.StudentData.ProblemLogs
                    group pl by pl.AssignmentLog().Assignment().GroupContextXid into g
                    select new { Class = g.Key, Problems = g.Count() };

        var review = query.Review(SqlDialect.Athena);
        TrinoGrammar.AssertValid(review.Sql.Text);

        Assert.False(review.IsPersonLevel);
        Assert.Equal(["cas_core.core.assignments.group_context_xid"], review.GroupKeys);
    }

    [Fact]
    public void A_computed_group_key_is_described_by_its_columns()
    {
        var query = from pl in DataLake.CasCore.StudentData.ProblemLogs
                    group pl by Sql.TruncateToMonth(pl.StartTime) into g
                    select new { Month = g.Key, Problems = g.Count() };

        var review = query.Review(SqlDialect.Athena);
        TrinoGrammar.AssertValid(review.Sql.Text);

        Assert.Equal(["expression of cas_core.student_data.problem_logs.start_time"], review.GroupKeys);
        Assert.False(review.IsPersonLevel);
    }
}
