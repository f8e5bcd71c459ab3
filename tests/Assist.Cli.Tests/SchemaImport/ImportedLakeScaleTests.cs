using Assist.Cli.Tests.Infrastructure;
using Assist.Schema;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.SchemaImport;

/// <summary>
/// The lake at scale: an information_schema export of about 200 tables and 3,500 columns in the lake's shape (the 22
/// documented tables among them) is imported into schema/, validated, diffed, documented, generated and compiled.
/// </summary>
public sealed class ImportedLakeScaleTests
{
    [Fact]
    public async Task The_200_table_export_imports_into_the_lakes_yaml_and_generates_compiling_code_and_a_data_dictionary()
    {
        var csv = LakeInformationSchemaFixture.Generate();
        GoldenFile.AssertMatches("Fixtures/information_schema_200.csv", csv);
        using var folder = new TempFolder("assist-import-scale-");
        SchemaCopy.Copy(RepoPaths.Schema, folder.Combine("schema"));
        folder.Write("columns.csv", csv);

        var import = await CliRun.RunAsync(folder.Path, "schema", "import", "columns.csv");
        var validate = await CliRun.RunAsync(folder.Path, "schema", "validate");
        var diff = await CliRun.RunAsync(folder.Path, "schema", "diff", "columns.csv");
        var docs = await CliRun.RunAsync(folder.Path, "schema", "docs", "schema", "--out", "docs");
        var (output, generatorDiagnostics) = GeneratorRun.Run(folder.Combine("schema"));

        Assert.Equal("", import.Error);
        Assert.Equal(178, import.Out.Split('\n').Count(l => l.Contains(": added table ", StringComparison.Ordinal)));
        Assert.StartsWith("schema: 0 errors, 0 warnings; 2 catalogs, 9 schemas, 200 tables, 3500 columns", validate.Out, StringComparison.Ordinal);
        Assert.Equal("schema matches columns.csv (200 tables in the lake).\n", diff.Out);
        Assert.Equal(0, docs.ExitCode);
        Assert.True(File.Exists(folder.Combine("docs", "cas_content", "tutoring.md")), docs.Out + docs.Error);
        Assert.DoesNotContain(generatorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Empty(GeneratorRun.Errors(output));
        Assert.Equal(200, GeneratorRun.EntityProperties(output).Select(p => p[..p.IndexOf(':', StringComparison.Ordinal)]).Select(p => p[..p.LastIndexOf('.')]).Distinct().Count());
    }

    // An export cannot carry what people wrote: enumerations (compared as their integer type), entity: overrides
    // (removed from the original here), descriptions and references (not entity properties). The rest must be equal.
    [Fact]
    public async Task The_lake_exported_and_imported_into_an_empty_folder_generates_the_same_entity_properties()
    {
        using var folder = new TempFolder("assist-import-api-");
        folder.Write("columns.csv", Assist.Schema.Drift.InformationSchemaCsv.Write(SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema));
        SchemaCopy.Copy(RepoPaths.Schema, folder.Combine("original"));
        foreach (var file in Directory.EnumerateFiles(folder.Combine("original"), "*.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("entity: ", StringComparison.Ordinal)));
        }

        await CliRun.RunAsync(folder.Path, "schema", "import", "columns.csv", "--schema", "imported");
        var original = GeneratorRun.Run(folder.Combine("original")).Output;
        var imported = GeneratorRun.Run(folder.Combine("imported")).Output;

        Assert.Empty(GeneratorRun.Errors(imported));
        Assert.Equal(GeneratorRun.EntityProperties(original), GeneratorRun.EntityProperties(imported));
        Assert.True(GeneratorRun.EntityProperties(original).Count > 150);
    }
}
