using Assist.Cli.Tests.Infrastructure;
using Assist.Schema;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.SchemaImport;

/// <summary>A lake folder of Parquet files imported into an empty schema folder, then diffed against it.</summary>
public sealed class ParquetImportTests
{
    [Fact]
    public async Task A_parquet_lake_imports_with_lake_types_and_then_diffs_clean()
    {
        using var folder = new TempFolder("assist-import-parquet-");
        var logs = Directory.CreateDirectory(folder.Combine("lake", "cas_core", "student_data", "logs", "year=2024")).FullName;
        var prices = Directory.CreateDirectory(folder.Combine("lake", "cas_content", "core", "prices")).FullName;
        ParquetFiles.Write(Path.Combine(logs, "part-0.parquet"), $"SELECT 1::BIGINT AS id, TIMESTAMP '2024-01-02 03:04:05' AS start_time, [1, 2]::BIGINT[] AS hints");
        ParquetFiles.Write(Path.Combine(logs, "part-1.parquet"), $"SELECT 2::BIGINT AS id, TIMESTAMP '2024-02-02 03:04:05' AS start_time, []::BIGINT[] AS hints");
        ParquetFiles.Write(Path.Combine(prices, "p.parquet"), $"SELECT 1::INTEGER AS id, 12.5::DECIMAL(10,2) AS amount, TIMESTAMPTZ '2024-01-02 03:04:05+00' AS at, 'x' AS email");

        var import = await CliRun.RunAsync(folder.Path, "schema", "import", "--from", "parquet", "lake", "--schema", "imported");
        var diff = await CliRun.RunAsync(folder.Path, "schema", "diff", "lake", "--schema", "imported");

        Assert.Equal("", import.Error);
        Assert.Equal(0, import.ExitCode);
        var schema = SchemaLoader.LoadDirectory(folder.Combine("imported"));
        Assert.DoesNotContain(schema.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(
            [
                "cas_content.core.prices: id integer, amount decimal(10,2), at timestamp(6) with time zone, email varchar pii",
                "cas_core.student_data.logs: id bigint, start_time timestamp(6), hints array(bigint), year bigint",
            ],
            schema.Schema.Tables.Select(t => t.QualifiedName + ": " + string.Join(", ", t.Columns.Select(c => c.Name + " " + c.Type + (c.Pii ? " pii" : "")))).Order(StringComparer.Ordinal));
        Assert.Equal("imported matches lake (2 tables in the lake).\n", diff.Out);
        Assert.Equal(0, diff.ExitCode);
    }
}
