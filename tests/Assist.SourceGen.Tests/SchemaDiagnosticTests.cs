using Assist.SourceGen.Tests.Infrastructure;
using Assist.TestKit;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Assist.SourceGen.Tests;

/// <summary>Schema problems become compiler diagnostics located in the YAML file, with the AS codes.</summary>
public sealed class SchemaDiagnosticTests
{
    [Fact]
    public void Every_problem_is_reported_with_its_code_file_line_and_column()
    {
        var (result, _, _) = GeneratorHarness.Run(Fixtures.Load("Broken"));
        var lines = result.Diagnostics.Select(GeneratorHarness.Describe);
        GoldenFile.AssertMatches("Baselines/Broken.diagnostics.txt", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void An_unknown_type_is_located_at_the_type_in_the_yaml_file()
    {
        var (result, _, _) = GeneratorHarness.Run(Fixtures.Load("Broken"));

        var unknownType = Assert.Single(result.Diagnostics, d => d.Id == "AS0201");
        var span = unknownType.Location.GetLineSpan();
        Assert.Equal("schema/shop/sales.yaml", span.Path);
        Assert.Equal(12, span.StartLinePosition.Line);          // line 13, 0-based
        Assert.Equal(14, span.StartLinePosition.Character);     // "integr" starts at column 15
        Assert.Equal(DiagnosticSeverity.Error, unknownType.Severity);
        Assert.Equal("docs/diagnostics.md#as0201", unknownType.Descriptor.HelpLinkUri);
        Assert.Equal("integr", unknownType.Location.SourceTree is null ? Text(unknownType) : "");
    }

    [Fact]
    public void A_member_that_would_hide_an_object_member_is_left_out_with_ASG0002_and_the_rest_compiles()
    {
        var (result, output, _) = GeneratorHarness.Run(Fixtures.Load("Broken"));

        var collision = Assert.Single(result.Diagnostics, d => d.Id == "ASG0002");
        Assert.Equal(19, collision.Location.GetLineSpan().StartLinePosition.Line);
        var order = output.GetTypeByMetadataName("Assist.Lake.Shop.Sales.Order")!;
        Assert.Empty(order.GetMembers("GetType").Where(m => m.ContainingType.Equals(order, SymbolEqualityComparer.Default)));
        Assert.NotEmpty(order.GetMembers("Note"));
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void A_row_nested_in_an_array_is_left_out_with_the_validators_warning_only()
    {
        var (result, output, _) = GeneratorHarness.Run(Fixtures.Load("Broken"));

        var unmapped = Assert.Single(result.Diagnostics, d => d.Id == "AS0205");
        Assert.Equal(DiagnosticSeverity.Warning, unmapped.DefaultSeverity);
        Assert.Equal(29, unmapped.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ASG0003");
        Assert.Empty(output.GetTypeByMetadataName("Assist.Lake.Shop.Sales.Order")!.GetMembers("Points"));
    }

    [Fact]
    public void A_generator_run_over_malformed_yaml_reports_and_does_not_throw()
    {
        var (result, output, _) = GeneratorHarness.Run([("schema/bad.yaml", "catalogs: [\n  - {")]);

        Assert.Null(result.Results.Single().Exception);
        Assert.Contains(result.Diagnostics, d => d.Id == "AS0002" && d.Location.GetLineSpan().Path == "schema/bad.yaml");
        Assert.Empty(result.Results.Single().GeneratedSources);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    private static string Text(Diagnostic diagnostic)
    {
        var fixture = Fixtures.Load("Broken").Single(f => f.Path == diagnostic.Location.GetLineSpan().Path).Text;
        var span = diagnostic.Location.SourceSpan;
        return fixture.Substring(span.Start, span.Length);
    }
}
