using Assist.Schema;
using Assist.Schema.Model;
using Xunit;

namespace Assist.Schema.Tests;

/// <summary>The base lake of the corpus is valid and reads into the model it describes.</summary>
public sealed class ValidFixtureTests
{
    private static readonly SchemaLoadResult Result = SchemaLoader.Load(Corpus.BaseFiles());

    [Fact]
    public void Base_lake_has_no_diagnostics()
    {
        Assert.Equal("", string.Join("\n", Result.Diagnostics));
        Assert.False(Result.HasErrors);
    }

    [Fact]
    public void Catalogs_schemas_and_tables_are_placed()
    {
        var lake = Result.Schema;
        Assert.Equal("cas_core, cas_content", string.Join(", ", lake.Catalogs.Select(c => c.Name)));
        Assert.Equal("s3tablescatalog/cas-content", lake.Catalogs[1].AthenaCatalogPath);
        Assert.Null(lake.Catalogs[1].AthenaDataSource);
        Assert.Equal("cas_core", lake.Catalogs[0].AthenaDataSource);
        Assert.Equal(
            "cas_core.core.external_references, cas_core.core.assignments, cas_core.student_data.assignment_logs, "
            + "cas_core.student_data.problem_logs, cas_core.users.users, cas_core.users.groups, cas_content.core.problems",
            string.Join(", ", lake.Tables.Select(t => t.QualifiedName)));
    }

    [Fact]
    public void Types_parse_to_their_canonical_spelling()
    {
        var problemLogs = Result.Schema.FindTable("cas_core.student_data.problem_logs")!;
        Assert.Equal(
            "bigint, bigint, bigint, integer, varchar, decimal(5,2), array(varchar), map(varchar, array(bigint)), timestamp(3)",
            string.Join(", ", problemLogs.Columns.Select(c => c.Type!.ToString())));
        var start = Result.Schema.FindTable("cas_core.student_data.assignment_logs")!.Columns[3];
        Assert.Equal(SqlType.TimestampOf(6, withTimeZone: true), start.Type);
        Assert.Equal("TIMESTAMP( 6 ) with  time zone", start.TypeText);
    }

    [Fact]
    public void Table_and_column_details_are_kept()
    {
        var table = Result.Schema.FindTable("cas_core.student_data.problem_logs")!;
        Assert.Equal("ProblemLog", table.Entity);
        Assert.Equal(215_000_000, table.ApproxRows);
        Assert.Equal(new[] { "BRIEF", "ETX" }, table.Sources);
        Assert.Equal(new[] { "student_data.problem_logs" }, table.Aliases);
        Assert.Equal(new[] { "id" }, table.PrimaryKey);
        var answer = table.Columns.Single(c => c.Name == "answer_text");
        Assert.True(answer.Pii);
        Assert.True(answer.Nullable);
        Assert.Equal(12.5, answer.AvgBytes);
        Assert.Equal("chars", answer.Unit);
        Assert.Equal(Provenance.Published, answer.Provenance);
        Assert.Equal("cas_core.student_data.assignment_logs.id", table.Columns[1].References);
        Assert.Equal("action_type", table.Columns[3].Enum);
        Assert.Equal("start_time", Result.Schema.FindTable("cas_core.student_data.assignment_logs")!.TimeColumn);
    }

    [Fact]
    public void Enums_and_xref_are_read()
    {
        var partner = Result.Schema.FindEnum("partner")!;
        Assert.Equal("5=tng:The core ASSISTments system (TNG)., 7=other:", string.Join(", ", partner.Values.Select(v => $"{v.Value}={v.Name}:{v.Description}")));
        var xref = Result.Schema.Xref!;
        Assert.Equal("cas_core.core.external_references id target_id xref_type_id partner_id xref_type partner tng", $"{xref.Table} {xref.IdColumn} {xref.TargetColumn} {xref.TypeColumn} {xref.PartnerColumn} {xref.TypeEnum} {xref.PartnerEnum} {xref.DefaultPartner}");
        Assert.Equal("user=cas_core.users.users, group=cas_core.users.groups, assignment=cas_core.core.assignments", string.Join(", ", xref.Targets.Select(t => $"{t.Kind}={t.Table}")));
        Assert.Equal(new[] { "user", "group" }, Result.Schema.FindTable("cas_core.core.assignments")!.Columns[1].Xref);
    }

    [Fact]
    public void Spans_point_at_declarations_and_values()
    {
        var table = Result.Schema.FindTable("cas_core.student_data.problem_logs")!;
        Assert.Equal(new SourceSpan("cas_core/student_data.yaml", 29, 3), table.Span);
        var column = table.Columns[1];
        Assert.Equal(new SourceSpan("cas_core/student_data.yaml", 40, 9), column.Span);
        Assert.Equal(new SourceSpan("cas_core/student_data.yaml", 43, 21), column.ValueSpans["references"]);
        Assert.Equal(new SourceSpan("cas_core/users.yaml", 7, 19), Result.Schema.FindTable("cas_core.users.users")!.ValueSpans["primary_key[0]"]);
        Assert.Equal(new SourceSpan("enums.yaml", 2, 3), Result.Schema.FindEnum("partner")!.Span);
        Assert.Equal(new SourceSpan("lake.yaml", 13, 1), Result.Schema.Xref!.Span);
    }
}
