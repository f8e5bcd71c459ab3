using Assist.TestKit;
using Assist.Lake.Tests.Support;
using Assist.Query;
using static Assist.Lake.Tests.Support.Sql;

namespace Assist.Lake.Tests.Local;

/// <summary>Exporting a query's result: complete files only, nothing half-written on failure.</summary>
public sealed class LocalLakeExportTests
{
    public LocalLakeExportTests() => TestTables.Register();

    [Fact]
    public async Task A_query_exports_to_parquet_and_csv()
    {
        using var folder = new TempFolder();
        TestTables.WriteParquet(Path.Combine(TestTables.WidgetsFolder(folder.Path), "data_0.parquet"));
        using var lake = LocalLake.Open(folder.Path);
        var minimum = 10;
        var query = TestTables.WidgetSource.Where(w => w.Size > minimum).Select(w => new { w.Id, w.Name });

        var parquet = folder.Combine("out", "big.parquet");
        Assert.Equal(3, await query.ExportAsync(lake, parquet, ExportFormat.Parquet));
        Assert.Equal(3, Long(lake.Connection, $"SELECT count(*) FROM read_parquet('{parquet}')"));

        var csv = folder.Combine("out", "big.csv");
        Assert.Equal(3, await query.ExportAsync(lake, csv, ExportFormat.Csv));
        var lines = await File.ReadAllLinesAsync(csv);
        Assert.Equal("Id,Name", lines[0]);
        Assert.Equal(["2,w2", "3,w3", "4,w4"], lines.Skip(1).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(folder.Combine("out"), ".*"));
    }

    [Fact]
    public async Task A_failed_export_leaves_no_file_and_keeps_an_existing_one()
    {
        using var folder = new TempFolder();
        var data = Path.Combine(TestTables.WidgetsFolder(folder.Path), "data_0.parquet");
        TestTables.WriteParquet(data);
        using var lake = LocalLake.Open(folder.Path);
        lake.EnsureReadable([TestTables.Widgets]);

        // The file is damaged after the lake checked it, so the export fails while DuckDB reads.
        await File.WriteAllTextAsync(data, "no longer parquet, the export must fail while reading it");
        var target = folder.Combine("out", "result.parquet");
        Directory.CreateDirectory(folder.Combine("out"));
        await File.WriteAllTextAsync(target, "previous result");

        await Assert.ThrowsAnyAsync<Exception>(() => TestTables.WidgetSource.ExportAsync(lake, target, ExportFormat.Parquet));
        Assert.Equal("previous result", await File.ReadAllTextAsync(target));
        Assert.Equal(["result.parquet"], Directory.EnumerateFileSystemEntries(folder.Combine("out")).Select(Path.GetFileName));

        var fresh = folder.Combine("out", "fresh.csv");
        await Assert.ThrowsAnyAsync<Exception>(() => TestTables.WidgetSource.ExportAsync(lake, fresh, ExportFormat.Csv));
        Assert.False(File.Exists(fresh));
    }

    [Fact]
    public async Task Exporting_a_query_over_a_table_without_files_names_the_table()
    {
        using var folder = new TempFolder();
        TestTables.WriteParquet(Path.Combine(TestTables.WidgetsFolder(folder.Path), "data_0.parquet"));
        using var lake = LocalLake.Open(folder.Path);
        var target = folder.Combine("gadgets.parquet");
        var error = await Assert.ThrowsAsync<LocalLakeException>(() => new Assist.Query.TableSource<Gadget>().ExportAsync(lake, target, ExportFormat.Parquet));
        Assert.Contains("test_lake.shop.gadgets", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
