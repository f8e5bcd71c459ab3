using Assist.Cli.Tests.Infrastructure;
using Assist.Schema;
using Assist.Schema.Drift;
using Assist.Schema.Model;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.SchemaImport;

/// <summary>
/// An import into the lake's own YAML after adding, dropping and retyping columns in its information_schema export
/// changes exactly those lines (every other line and file stays byte for byte) and reports each change.
/// </summary>
public sealed class ImportMergeTests
{
    private const string Note = "# not in columns.csv (assist schema import): remove it if the lake dropped it";

    [Fact]
    public async Task Added_dropped_and_retyped_columns_change_exactly_their_lines_and_are_each_reported()
    {
        using var folder = new TempFolder("assist-import-merge-");
        var before = SchemaCopy.Copy(RepoPaths.Schema, folder.Combine("schema"));
        var csv = InformationSchemaCsv.Write(SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema).Split('\n').ToList();
        csv.RemoveAll(l => l.StartsWith("cas_core,student_data,problem_logs,path_info,", StringComparison.Ordinal));
        var score = csv.FindIndex(l => l.StartsWith("cas_core,student_data,assignment_logs,continuous_score,", StringComparison.Ordinal));
        csv[score] = csv[score].Replace(",double,", ",\"decimal(10,4)\",", StringComparison.Ordinal);
        csv.Insert(csv.Count - 1, "cas_core,student_data,problem_logs,hint_total,99,bigint,YES,Hints asked in total");
        csv.Insert(csv.Count - 1, "cas_core,users,users,email_address,99,varchar,YES,");
        folder.Write("columns.csv", string.Join("\n", csv));

        var run = await CliRun.RunAsync(folder.Path, "schema", "import", "--from", "information-schema", "columns.csv", "--schema", "schema");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        var after = TempFolder.ReadAll(folder.Combine("schema"));
        var changed = after.Zip(before).Where(p => p.First.Text != p.Second.Text).Select(p => p.First.Path).ToList();
        Assert.Equal(["cas_core/student_data.yaml", "cas_core/users.yaml"], changed);
        Assert.Equal(
            [
                "-        type: double",
                "+        type: \"decimal(10,4)\"",
                "+      " + Note,
                "+      - name: hint_total",
                "+        type: bigint",
                "+        nullable: true",
                "+        description: Hints asked in total",
                "+        provenance: imported",
            ],
            LineDiff.Of(Text(before, "cas_core/student_data.yaml"), Text(after, "cas_core/student_data.yaml")));
        Assert.Equal(
            [
                "+      - name: email_address",
                "+        type: varchar",
                "+        nullable: true",
                "+        provenance: imported",
                "+        pii: true  # pii guessed from the name by assist schema import: review",
            ],
            LineDiff.Of(Text(before, "cas_core/users.yaml"), Text(after, "cas_core/users.yaml")));
        // Positions come from the original YAML (spans of the loaded schema) and from where the new entries landed, so
        // edits to schema/ elsewhere do not break the test. An added column is reported at its line in the original
        // file: its line after the merge, less the note lines the merge inserted above it.
        var lake = SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema;
        var retyped = Column(lake, "cas_core.student_data.assignment_logs", "continuous_score").ValueSpans["type"];
        var vanished = Column(lake, "cas_core.student_data.problem_logs", "path_info").Span;
        var hintTotal = AddedAt(Text(after, "cas_core/student_data.yaml"), "hint_total");
        var email = AddedAt(Text(after, "cas_core/users.yaml"), "email_address");
        Assert.Equal(
            $"""
            schema/cas_core/student_data.yaml({retyped.Line},{retyped.Column}): changed the type of column continuous_score of cas_core.student_data.assignment_logs from double to decimal(10,4)
            schema/cas_core/student_data.yaml({hintTotal}): added column hint_total (bigint) to cas_core.student_data.problem_logs
            schema/cas_core/student_data.yaml({vanished.Line},{vanished.Column}): column path_info of cas_core.student_data.problem_logs is not in columns.csv; kept with a note
            schema/cas_core/users.yaml({email}): added column email_address (varchar) to cas_core.users.users; pii: true guessed from the name, review it
            schema: 2 files written, 4 changes and findings above.

            """,
            run.Out);
    }

    [Fact]
    public async Task The_merged_yaml_puts_new_columns_last_keeps_dropped_ones_and_diffs_clean_except_the_dropped_column()
    {
        using var folder = new TempFolder("assist-import-merge-");
        SchemaCopy.Copy(RepoPaths.Schema, folder.Combine("schema"));
        var csv = InformationSchemaCsv.Write(SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema)
            .Replace("cas_core,users,user_roles,", "cas_core,users,user_roles_gone,", StringComparison.Ordinal);
        folder.Write("columns.csv", csv + "cas_core,users,users,nickname,99,varchar,YES,\n");

        await CliRun.RunAsync(folder.Path, "schema", "import", "columns.csv");
        var diff = await CliRun.RunAsync(folder.Path, "schema", "diff", "columns.csv");
        var merged = SchemaLoader.LoadDirectory(folder.Combine("schema"));

        Assert.DoesNotContain(merged.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("nickname", merged.Schema.FindTable("cas_core.users.users")!.Columns[^1].Name);
        var original = SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema.FindTable("cas_core.users.user_roles")!;
        Assert.Equal(original.Columns.Select(c => c.Description), merged.Schema.FindTable("cas_core.users.user_roles")!.Columns.Select(c => c.Description));
        Assert.Equal(original.Columns.Select(c => c.Name), merged.Schema.FindTable("cas_core.users.user_roles_gone")!.Columns.Select(c => c.Name));
        var gone = merged.Schema.FindTable("cas_core.users.user_roles")!.Span; // diff reads the merged YAML
        Assert.Equal(
            $"""
            schema/cas_core/users.yaml({gone.Line},{gone.Column}) (not in columns.csv): table cas_core.users.user_roles is in the YAML but not in the lake
            schema differs from columns.csv: 1 difference.

            """,
            diff.Out);
        Assert.Equal(1, diff.ExitCode);
    }

    private static string Text(IReadOnlyList<(string Path, string Text)> files, string path) => files.Single(f => f.Path == path).Text;

    private static ColumnDef Column(LakeSchema lake, string table, string column) =>
        lake.FindTable(table)!.Columns.Single(c => c.Name == column);

    // "line,column" of a new column's entry as the original file numbers it: its line in the merged text, less the
    // note lines inserted above it; the column is its dash's.
    private static string AddedAt(string merged, string column)
    {
        var lines = merged.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart() == "- name: " + column);
        Assert.True(index >= 0, column + " is not in the merged file");
        var notesAbove = lines.Take(index).Count(l => l.Trim() == Note);
        return $"{index + 1 - notesAbove},{lines[index].IndexOf('-', StringComparison.Ordinal) + 1}";
    }
}
