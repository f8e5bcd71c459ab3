using Assist.SourceGen.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.SourceGen.Tests;

/// <summary>Every generated file of the feature schema, the set of hint names and the diagnostics, against golden files.</summary>
public sealed class GoldenOutputTests
{
    private const string Scenario = "Feature";

    [Fact]
    public void Every_generated_file_matches_its_golden_file()
    {
        var (result, _, _) = GeneratorHarness.Run(Fixtures.Load(Scenario));
        var generated = result.Results.Single().GeneratedSources;

        foreach (var source in generated)
        {
            GoldenFile.AssertMatches($"Baselines/{Scenario}/{source.HintName}.txt", source.SourceText.ToString());
        }

        var expectedFiles = generated.Select(s => s.HintName + ".txt").Order(StringComparer.Ordinal).ToList();
        if (!GoldenFile.Updating)
        {
            Assert.Equal(expectedFiles, GoldenFile.List($"Baselines/{Scenario}"));
        }
    }

    [Fact]
    public void The_hint_names_are_stable()
    {
        var (result, _, _) = GeneratorHarness.Run(Fixtures.Load(Scenario));
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal);
        GoldenFile.AssertMatches($"Baselines/{Scenario}.hints.txt", string.Join("\n", hints) + "\n");
    }

    [Fact]
    public void The_diagnostics_match_their_golden_file()
    {
        var (result, _, _) = GeneratorHarness.Run(Fixtures.Load(Scenario));
        var lines = result.Diagnostics.Select(GeneratorHarness.Describe);
        GoldenFile.AssertMatches($"Baselines/{Scenario}.diagnostics.txt", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void The_generated_code_compiles_without_any_diagnostic()
    {
        var (_, output, _) = GeneratorHarness.Run(Fixtures.Load(Scenario));
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void The_root_namespace_follows_the_msbuild_property()
    {
        var driver = GeneratorHarness.CreateDriver(Fixtures.Load(Scenario), "Research.MyLake")
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        var root = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Lake.g.cs");

        Assert.Contains("namespace Research.MyLake;", root.SourceText.ToString(), StringComparison.Ordinal);
        Assert.NotNull(output.GetTypeByMetadataName("Research.MyLake.Demo.Core.User"));
        Assert.Null(output.GetTypeByMetadataName("Assist.Lake.Demo.Core.User"));
        Assert.Empty(GeneratorHarness.Problems(output));
    }
}
