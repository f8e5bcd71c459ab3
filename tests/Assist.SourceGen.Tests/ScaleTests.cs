using Assist.SourceGen.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.SourceGen.Tests;

/// <summary>A lake the size of the real one (200 tables, 3,500 columns) generates and compiles cleanly.</summary>
public sealed class ScaleTests
{
    [Fact]
    public void A_schema_of_200_tables_and_3500_columns_generates_code_that_compiles_with_no_diagnostic()
    {
        var files = SyntheticSchemaYaml.Generate(tables: 200, columnsTotal: 3500, seed: 7);

        var (result, output, _) = GeneratorHarness.Run(files);

        Assert.Empty(result.Diagnostics.Select(GeneratorHarness.Describe));
        var sources = result.Results.Single().GeneratedSources;
        Assert.Equal(200, sources.Count(s => s.HintName.Count(c => c == '.') == 4));   // Catalog.Schema.Entity.g.cs
        Assert.Empty(GeneratorHarness.Problems(output));
        var properties = output.SyntaxTrees
            .Select(t => t.ToString())
            .Sum(text => text.Split("{ get; init; }").Length - 1);
        Assert.Equal(3500, properties);
    }
}
