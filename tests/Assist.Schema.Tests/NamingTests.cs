using Assist.Schema;
using Assist.Schema.Model;
using Xunit;

namespace Assist.Schema.Tests;

public sealed class NamingTests
{
    [Theory]
    [InlineData("problem_logs", "ProblemLog")]
    [InlineData("user_roles", "UserRole")]
    [InlineData("principal_group_memberships", "PrincipalGroupMembership")]
    [InlineData("problem_set_definitions", "ProblemSetDefinition")]
    [InlineData("skills", "Skill")]
    [InlineData("users", "User")]
    [InlineData("t_setting", "TSetting")]
    [InlineData("actions", "Action")]
    [InlineData("answer_values", "AnswerValue")]
    [InlineData("external_references", "ExternalReference")]
    [InlineData("scaffolds", "Scaffold")]
    [InlineData("tutor_strategies", "TutorStrategy")]
    [InlineData("assignments", "Assignment")]
    [InlineData("assignment_logs", "AssignmentLog")]
    [InlineData("problems", "Problem")]
    [InlineData("problem_skills", "ProblemSkill")]
    [InlineData("answer_set_memberships", "AnswerSetMembership")]
    [InlineData("answer_parts", "AnswerPart")]
    [InlineData("classes", "Class")]
    [InlineData("statuses", "Status")]
    [InlineData("aliases", "Alias")]
    [InlineData("causes", "Cause")]
    [InlineData("boxes", "Box")]
    [InlineData("analysis", "Analysis")]
    public void Entity_name_is_the_singular_pascal_case(string table, string entity)
    {
        Assert.Equal(entity, Naming.EntityName(Table(table)));
    }

    [Fact]
    public void Entity_override_wins_and_is_escaped_when_a_keyword()
    {
        Assert.Equal("Person", Naming.EntityName(Table("people") with { Entity = "Person" }));
        Assert.Equal("@class", Naming.EntityName(Table("people") with { Entity = "class" }));
    }

    [Theory]
    [InlineData("problem_logs", "ProblemLogs")]
    [InlineData("t_setting", "TSetting")]
    [InlineData("a__b_", "AB")]
    [InlineData("2nd_try", "_2ndTry")]
    [InlineData("_", "_")]
    [InlineData("x", "X")]
    [InlineData("score_2", "Score2")]
    public void Pascal_case_of_snake_names(string snake, string pascal)
    {
        Assert.Equal(pascal, Naming.PascalCase(snake));
    }

    [Fact]
    public void Table_catalog_schema_enum_and_property_names()
    {
        var table = Table("problem_logs");
        Assert.Equal("ProblemLogs", Naming.TableSourceName(table));
        Assert.Equal("CasCore.StudentData", Naming.EntityNamespaceSuffix(table));
        Assert.Equal("HintCount", Naming.PropertyName(Column("hint_count")));
        var catalog = new CatalogDef("cas_core", null, "cas_core", null, "cas_core", Array.Empty<SchemaDef>(), SourceSpan.None);
        Assert.Equal("CasCore", Naming.CatalogPropertyName(catalog));
        Assert.Equal("CasCoreCatalog", Naming.CatalogClassName(catalog));
        var schema = new SchemaDef("cas_core", "student_data", null, Array.Empty<TableDef>(), SourceSpan.None);
        Assert.Equal("StudentData", Naming.SchemaPropertyName(schema));
        Assert.Equal("StudentDataSchema", Naming.SchemaClassName(schema));
        Assert.Equal("XrefType", Naming.EnumTypeName(new EnumDef("xref_type", null, Array.Empty<EnumValueDef>(), SourceSpan.None)));
        Assert.Equal("HintRequested", Naming.EnumMemberName(new EnumValueDef(2, "hint_requested", null, SourceSpan.None)));
    }

    [Theory]
    [InlineData("assignment_log_id", null, "AssignmentLog")]
    [InlineData("user_xid", null, "User")]
    [InlineData("scaffold_id", "Parent", "Parent")]
    [InlineData("owner", null, "Owner")]
    [InlineData("_id", null, "Id")]
    public void To_one_navigation_drops_id_suffixes_unless_overridden(string column, string? navigation, string expected)
    {
        Assert.Equal(expected, Naming.ToOneNavigationName(Column(column) with { Navigation = navigation }));
    }

    [Fact]
    public void Xref_navigation_adds_the_kind_only_when_there_are_several()
    {
        var one = Column("user_xid") with { Xref = new[] { "user" } };
        var several = Column("assignee_xid") with { Xref = new[] { "user", "group" } };

        Assert.Equal("User", Naming.XrefNavigationName(one, "user"));
        Assert.Equal("AssigneeUser", Naming.XrefNavigationName(several, "user"));
        Assert.Equal("AssigneeGroup", Naming.XrefNavigationName(several, "group"));
        Assert.Equal("OwnerPrincipalGroup", Naming.XrefNavigationName(several with { Navigation = "Owner" }, "principal_group"));
    }

    [Fact]
    public void To_many_navigation_is_the_child_table_source_unless_overridden()
    {
        var fk = Column("assignment_log_id");
        Assert.Equal("ProblemLogs", Naming.ToManyNavigationName(Table("problem_logs"), fk));
        Assert.Equal("RetriedProblemLogs", Naming.ToManyNavigationName(Table("problem_logs"), fk with { InverseNavigation = "RetriedProblemLogs" }));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("Class", "Class")]
    [InlineData("value", "value")]
    public void Keywords_are_escaped(string name, string escaped)
    {
        Assert.Equal(escaped, Naming.EscapeKeyword(name));
    }

    [Theory]
    [InlineData("ProblemLog", true)]
    [InlineData("@class", true)]
    [InlineData("_x1", true)]
    [InlineData("problem log", false)]
    [InlineData("1st", false)]
    [InlineData("", false)]
    [InlineData("a-b", false)]
    public void Valid_csharp_identifiers(string name, bool valid)
    {
        Assert.Equal(valid, Naming.IsValidIdentifier(name));
    }

    internal static TableDef Table(string name, params ColumnDef[] columns) =>
        new TableDef("cas_core", "student_data", name, null, null, Array.Empty<string>(), null, null, Array.Empty<string>(), Provenance.Inferred, Array.Empty<string>(), columns, SourceSpan.None);

    internal static ColumnDef Column(string name, string type = "bigint") =>
        new ColumnDef(name, type, SqlTypeParser.TryParse(type, out var parsed, out _) ? parsed : null, false, null, false, null, null, Array.Empty<string>(), Array.Empty<string>(), Provenance.Inferred, Array.Empty<string>(), null, null, null, null, SourceSpan.None);
}
