using Assist.Cli.Docs;
using Assist.Lake.Tests.Support;
using Assist.Query;
using Assist.Schema;
using Assist.Schema.Navigation;
using Assist.TestKit;
using LakeRoot = Assist.Lake.Lake;

namespace Assist.Lake.Tests.Dictionary;

/// <summary>
/// The data dictionary's join SQL is the compiler's: for one navigation of each kind, the SQL on the table's page
/// (<see cref="JoinViewBuilder"/>, from the shared navigation plan) equals the Athena SQL the query compiler produces
/// for the same navigation in a C# query over the generated lake, and parses in Trino's grammar.
/// </summary>
public sealed class DictionaryJoinSqlTests
{
    private static readonly Lazy<NavigationPlan> Plan = new(() =>
    {
        var result = SchemaLoader.LoadDirectory(RepoPaths.SchemaDirectory);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return NavigationPlanner.Plan(result.Schema);
    });

    [Fact]
    public void A_foreign_key_to_its_parent()
    {
        var query = from pl in LakeRoot.CasCore.StudentData.ProblemLogs
                    select new { pl.AssignmentLogId, AssignmentLog = pl.AssignmentLog().Id };

        AssertSameSql("cas_core.student_data.problem_logs", "pl.AssignmentLog()", query, "INNER JOIN");
    }

    [Fact]
    public void A_nullable_foreign_key_is_a_left_join_in_both()
    {
        var query = from a in LakeRoot.CasCore.StudentData.Actions
                    select new { a.ProblemId, Problem = a.Problem()!.Id };

        AssertSameSql("cas_core.student_data.actions", "a.Problem()", query, "LEFT JOIN");
    }

    [Fact]
    public void The_rows_that_point_at_a_row()
    {
        var query = from al in LakeRoot.CasCore.StudentData.AssignmentLogs
                    from pl in al.ProblemLogs()
                    select new { al.Id, ProblemLogs = pl.Id };

        AssertSameSql("cas_core.student_data.assignment_logs", "al.ProblemLogs()", query, "INNER JOIN");
    }

    [Fact]
    public void An_xid_of_several_kinds_through_external_references()
    {
        var query = from a in LakeRoot.CasCore.Core.Assignments
                    select new { a.AssigneeXid, AssigneeUser = a.AssigneeUser()!.Id };

        AssertSameSql("cas_core.core.assignments", "a.AssigneeUser()", query, "\"xref_type_id\" = 1");
    }

    [Fact]
    public void A_target_row_to_its_external_reference_for_the_default_partner()
    {
        var query = from u in LakeRoot.CasCore.Users.Users
                    select new { u.Id, ExternalReference = u.ExternalReference(Partner.Tng).Id };

        AssertSameSql("cas_core.users.users", "u.ExternalReference(Partner.Tng)", query, "\"partner_id\" = 5");
    }

    [Fact]
    public void Every_navigation_of_the_lake_renders_sql_that_trino_parses()
    {
        var plan = Plan.Value;

        Assert.True(plan.All.Count > 40, "the real lake has dozens of navigations: " + plan.All.Count);
        foreach (var navigation in plan.All)
        {
            TrinoGrammar.AssertValid(Assist.Query.Navigation.NavigationSql.Render(navigation, plan, SqlDialect.Athena).Text);
        }
    }

    private static void AssertSameSql<T>(string table, string csharp, Query<T> query, string expectedFragment)
    {
        var plan = Plan.Value;
        var tableDef = plan.All.Select(n => n.Table).First(t => t.QualifiedName == table);
        var joins = new JoinViewBuilder(plan, PageLinks.TablePage(tableDef));
        var views = joins.Parents(tableDef).Concat(joins.Children(tableDef)).Concat(joins.Xrefs(tableDef)).Concat(joins.Referrers(tableDef));
        var dictionarySql = Assert.Single(views, v => v.CSharp == csharp).Sql;

        var compiled = query.ToSql(SqlDialect.Athena).Text;

        Assert.Equal(compiled, dictionarySql);
        Assert.Contains(expectedFragment, compiled, StringComparison.Ordinal);
        TrinoGrammar.AssertValid(dictionarySql);
    }
}
