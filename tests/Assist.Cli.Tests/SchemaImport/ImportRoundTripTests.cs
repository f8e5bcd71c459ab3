using Assist.Cli.Tests.Infrastructure;
using Assist.Schema;
using Assist.Schema.Drift;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.SchemaImport;

/// <summary>
/// The lake's YAML exported as an information_schema CSV and imported again: into an empty folder it gives the same
/// tables, columns, types and nullability; into the YAML itself it changes nothing; and the diff finds no difference.
/// </summary>
public sealed class ImportRoundTripTests
{
    [Fact]
    public async Task Importing_the_exported_lake_into_an_empty_folder_gives_the_same_tables_columns_types_and_nullability()
    {
        using var folder = new TempFolder("assist-import-trip-");
        var original = SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema;
        folder.Write("columns.csv", InformationSchemaCsv.Write(original));

        var run = await CliRun.RunAsync(folder.Path, "schema", "import", "--from", "information-schema", "columns.csv", "--schema", "imported");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        var imported = SchemaLoader.LoadDirectory(folder.Combine("imported"));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(Columns(original), Columns(imported.Schema));
        Assert.Equal(
            ["imported/cas_content/core.yaml", "imported/cas_core/core.yaml", "imported/cas_core/groups.yaml", "imported/cas_core/master_user.yaml",
             "imported/cas_core/student_data.yaml", "imported/cas_core/users.yaml", "imported/lake.yaml"],
            TempFolder.ReadAll(folder.Path).Select(f => f.Path).Where(p => p.StartsWith("imported/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Importing_the_exported_lake_into_the_lakes_own_yaml_changes_nothing_and_the_diff_is_empty()
    {
        using var folder = new TempFolder("assist-import-trip-");
        var before = SchemaCopy.Copy(RepoPaths.Schema, folder.Combine("schema"));
        folder.Write("columns.csv", InformationSchemaCsv.Write(SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema));

        var import = await CliRun.RunAsync(folder.Path, "schema", "import", "columns.csv");
        var diff = await CliRun.RunAsync(folder.Path, "schema", "diff", "columns.csv");

        Assert.Equal("schema: 0 files written, 0 changes and findings above.\n", import.Out);
        Assert.Equal(before, TempFolder.ReadAll(folder.Combine("schema")));
        Assert.Equal("schema matches columns.csv (22 tables in the lake).\n", diff.Out);
        Assert.Equal(0, diff.ExitCode);
    }

    private static List<string> Columns(Assist.Schema.Model.LakeSchema schema) =>
        [.. schema.Tables.SelectMany(t => t.Columns.Select(c => $"{t.QualifiedName}.{c.Name} {c.Type} {(c.Nullable ? "null" : "not null")}")).Order(StringComparer.Ordinal)];
}
