using System.Reflection;
using Assist.Lake;
using Assist.Lake.CasCore.Core;
using Assist.Lake.CasCore.Groups;
using Assist.Lake.CasCore.StudentData;
using Assist.Lake.CasCore.Users;
using Assist.Query;
using Assist.Query.Metadata;
using Xunit;

namespace Assist.SourceGen.Tests;

// Inside any namespace under Assist, a bare "Lake" finds the namespace Assist.Lake before the class; researchers'
// own namespaces do not have the problem, ours need this alias.
using Lake = global::Assist.Lake.Lake;

/// <summary>The real lake (src/Assist.Lake, generated from schema/) has the names DESIGN.md promises, and registers its metadata.</summary>
public sealed class RealLakeTests
{
    [Fact]
    public void The_problem_logs_table_source_is_a_typed_query_of_the_right_table()
    {
        TableSource<ProblemLog> source = Lake.CasCore.StudentData.ProblemLogs;

        Assert.Equal("cas_core.student_data.problem_logs", source.Table.QualifiedName);
        Assert.Same(source.Table, LakeModel.FindTable(typeof(ProblemLog)));
        Assert.Equal("hint_count", source.Table.FindByProperty(nameof(ProblemLog.HintCount))!.SqlName);
        Assert.Equal(typeof(int), source.Table.FindByProperty(nameof(ProblemLog.HintCount))!.ClrType);
    }

    [Fact]
    public void Foreign_key_and_xid_navigations_have_the_promised_names_types_and_joins()
    {
        AssertNavigation(typeof(ProblemLog), "AssignmentLog", typeof(AssignmentLog), NavigationKind.ToOne, "assignment_log_id", "id", null, null);
        AssertNavigation(typeof(AssignmentLog), "ProblemLogs", typeof(IEnumerable<ProblemLog>), NavigationKind.ToMany, "id", "assignment_log_id", null, null);
        AssertNavigation(typeof(AssignmentLog), "User", typeof(User), NavigationKind.Xref, "user_xid", "id", 1, null);
        AssertNavigation(typeof(Assignment), "AssigneeUser", typeof(User), NavigationKind.Xref, "assignee_xid", "id", 1, null);
        AssertNavigation(typeof(Assignment), "AssigneeGroup", typeof(PrincipalGroupDefinition), NavigationKind.Xref, "assignee_xid", "id", 2, null);
        AssertNavigation(typeof(User), "ExternalReference", typeof(ExternalReference), NavigationKind.ExternalReference, "id", "target_id", 1, 5);
    }

    [Fact]
    public void ExternalReference_takes_a_partner_that_defaults_to_TNG()
    {
        var method = typeof(User).GetMethod("ExternalReference")!;
        var partner = Assert.Single(method.GetParameters());

        Assert.Equal(typeof(Partner), partner.ParameterType);
        Assert.Equal(Partner.Tng, (Partner)partner.DefaultValue!);
        Assert.Equal(5, (int)Partner.Tng);
        Assert.Equal(typeof(ExternalReference), LakeModel.FindXref(typeof(ExternalReference))!.EntityType);
        Assert.Equal("xref_type_id", LakeModel.FindXref(typeof(ExternalReference))!.TypeColumn);
    }

    [Fact]
    public void A_navigation_called_outside_a_query_explains_itself()
    {
        var log = new ProblemLog();

        var error = Assert.Throws<NavigationOutsideQueryException>(() => log.AssignmentLog());
        Assert.Contains("ProblemLog.AssignmentLog()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_generated_entity_registers_its_table()
    {
        var entities = typeof(Lake).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntity<>)))
            .ToList();

        Assert.True(entities.Count >= 20, "only " + entities.Count + " entities");
        Assert.All(entities, e => Assert.NotNull(LakeModel.FindTable(e)));
    }

    private static void AssertNavigation(Type declaring, string name, Type returnType, NavigationKind kind, string source, string target, long? xrefType, long? partner)
    {
        var method = declaring.GetMethod(name, BindingFlags.Public | BindingFlags.Instance);
        Assert.NotNull(method);
        Assert.Equal(returnType, method.ReturnType);

        var metadata = LakeModel.FindNavigation(declaring, name);
        Assert.NotNull(metadata);
        Assert.Equal(kind, metadata.Kind);
        Assert.Equal(source, metadata.SourceColumn);
        Assert.Equal(target, metadata.TargetColumn);
        Assert.Equal(xrefType, metadata.XrefTypeId);
        Assert.Equal(partner, metadata.DefaultPartnerId);
        Assert.Equal(returnType.IsGenericType ? returnType.GetGenericArguments()[0] : returnType, metadata.TargetType);
    }
}
