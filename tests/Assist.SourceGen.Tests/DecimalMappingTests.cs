using Assist.SourceGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Assist.SourceGen.Tests;

/// <summary>
/// The generator maps decimals the way the type table (and so the docs and the data dictionary) says: up to precision
/// 28 as C# <c>decimal</c>, wider ones not at all (C#'s decimal cannot hold 38 digits), with the validator's AS0206.
/// </summary>
public sealed class DecimalMappingTests
{
    private const string Lake = """
        catalogs:
          shop:
            description: Prices.
            athena: { data_source: shop }
            duckdb: { attach_as: shop }
        """;

    private const string Sales = """
        catalog: shop
        schema: sales
        tables:
          prices:
            provenance: inferred
            columns:
              - { name: id, type: bigint, nullable: false, provenance: inferred }
              - { name: amount, type: "decimal(10,2)", nullable: false, provenance: inferred }
              - { name: widest_mapped, type: "decimal(28,4)", nullable: true, provenance: inferred }
              - { name: too_wide, type: "decimal(38,0)", nullable: true, provenance: inferred }
        """;

    [Fact]
    public void A_decimal_wider_than_28_digits_is_left_out_with_a_warning_and_narrower_ones_are_decimal()
    {
        var (result, output, _) = GeneratorHarness.Run([("schema/lake.yaml", Lake), ("schema/shop/sales.yaml", Sales)]);

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "AS0206");
        Assert.Equal(DiagnosticSeverity.Warning, warning.DefaultSeverity);
        Assert.Equal(9, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ASG0003");
        var price = output.GetTypeByMetadataName("Assist.Lake.Shop.Sales.Price")!;
        Assert.Empty(price.GetMembers("TooWide"));
        Assert.Equal("decimal", ((IPropertySymbol)price.GetMembers("Amount").Single()).Type.ToDisplayString());
        Assert.Equal("decimal?", ((IPropertySymbol)price.GetMembers("WidestMapped").Single()).Type.ToDisplayString());
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void The_metadata_carries_each_decimal_columns_own_precision_and_scale()
    {
        var (result, _, _) = GeneratorHarness.Run([("schema/lake.yaml", Lake), ("schema/shop/sales.yaml", Sales)]);

        var entity = result.Results.Single().GeneratedSources.Single(s => s.HintName.Contains("Price", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("""new global::Assist.Query.Metadata.ColumnMetadata("amount", "Amount", global::Assist.Schema.Model.SqlType.DecimalOf(10, 2), typeof(decimal), false, false, null)""", entity, StringComparison.Ordinal);
        Assert.Contains("""new global::Assist.Query.Metadata.ColumnMetadata("widest_mapped", "WidestMapped", global::Assist.Schema.Model.SqlType.DecimalOf(28, 4), typeof(decimal?), true, false, null)""", entity, StringComparison.Ordinal);
    }
}
