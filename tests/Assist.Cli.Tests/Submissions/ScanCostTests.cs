using Assist.Cli.Submissions.Reviewing;
using Assist.Cli.Tests.Infrastructure;
using Assist.Schema;
using Assist.Schema.Model;
using Xunit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>Scan estimates: rows × average bytes per column read, Athena's price with its 10 MB minimum.</summary>
public sealed class ScanCostTests
{
    private static readonly LakeSchema s_schema = SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema;

    [Fact]
    public void A_small_query_pays_the_ten_megabyte_minimum()
    {
        Assert.Equal(ScanPricing.Athena.CostUsd(10L << 20), ScanPricing.Athena.CostUsd(1));
        Assert.Equal(0.0000m, ScanPricing.Athena.CostUsd(0) - ScanPricing.Athena.CostUsd(10L << 20));
        Assert.Equal(5m, ScanPricing.Athena.CostUsd(1L << 40));
        Assert.Equal(10m, (ScanPricing.Athena with { UsdPerTerabyte = 10m }).CostUsd(1L << 40));
    }

    [Fact]
    public void Bytes_are_rows_times_average_bytes_per_column()
    {
        var table = s_schema.FindTable("cas_core.student_data.problem_logs")!;
        var hints = table.Columns.Single(c => c.Name == "hint_count");

        var bytes = new ScanCostEstimator(s_schema).EstimateBytes(["cas_core.student_data.problem_logs.hint_count"]);

        Assert.Equal((long)Math.Ceiling(table.ApproxRows!.Value * hints.AvgBytes!.Value), bytes);
    }

    [Fact]
    public void A_column_without_avg_bytes_uses_its_type_default()
    {
        var table = s_schema.Tables.First(t => t.ApproxRows is null);
        var column = table.Columns[0];

        var bytes = new ScanCostEstimator(s_schema).EstimateBytes([table.QualifiedName + "." + column.Name]);

        Assert.Equal((long)(ScanCostEstimator.DefaultRows * ScanCostEstimator.DefaultBytes(column.Type!.Kind)), bytes);
    }

    [Fact]
    public void The_sized_tables_match_the_lake_description_of_one_and_a_half_terabytes_over_two_billion_rows()
    {
        var sized = s_schema.Tables.Where(t => t.ApproxRows is not null).ToList();
        Assert.All(sized, t => Assert.All(t.Columns, c => Assert.NotNull(c.AvgBytes)));

        var rows = sized.Sum(t => t.ApproxRows!.Value);
        var bytes = sized.Sum(t => t.ApproxRows!.Value * t.Columns.Sum(c => c.AvgBytes!.Value));
        var lakeBytesPerRow = 1.5e12 / 2e9;

        Assert.InRange(bytes / rows, lakeBytesPerRow * 0.95, lakeBytesPerRow * 1.05);
        Assert.True(bytes < 1.5e12, "the sized tables alone may not exceed the whole lake");
    }
}
