using Assist.Cli.Import;
using Assist.Schema;
using Assist.Schema.Model;
using BenchmarkDotNet.Attributes;

namespace Assist.Bench.Lake;

/// <summary>
/// <c>assist import responses</c> of the largest public response files (shared/public-data, next to the repository):
/// read and check the gzip CSV, stage in SQL, write 12 lake tables, a side table and the provenance file. The goal of
/// issue 11 is at least 500,000 input rows per second.
/// </summary>
[MedianColumn]
public class ImportBenchmarks
{
    private LakeSchema _schema = null!;
    private string _file = null!;
    private string _output = null!;

    /// <summary>The public file imported: <c>&lt;File&gt;-responses.csv.gz</c> (short, so the summary table shows it whole).</summary>
    [Params("assist2015", "assist2017")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _schema = LoadSchema();
        _file = PublicDataFile(File + "-responses.csv.gz");
        _output = Path.Combine(Path.GetTempPath(), "assist-bench-import-" + Guid.NewGuid().ToString("N")[..8]);
    }

    [Benchmark]
    public long Import() => Run(_schema, _file, _output).InputRows;

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    /// <summary>One import into <paramref name="output"/> (replaced), progress discarded.</summary>
    internal static LakeImporter.Result Run(LakeSchema schema, string file, string output) =>
        new LakeImporter(schema, ImportFormats.Find("responses")!, new ImportSettings(ImportSettings.DefaultSchoolYear), TextWriter.Null)
            .Run([(file, Path.GetFileName(file))], output, CancellationToken.None);

    public static LakeSchema LoadSchema()
    {
        var result = SchemaLoader.LoadDirectory(BenchLake.FindSchema());
        return result.HasErrors ? throw new InvalidOperationException("schema/ has errors: " + string.Join("\n", result.Diagnostics)) : result.Schema;
    }

    /// <summary>A file of the nearest shared/public-data above the repository.</summary>
    public static string PublicDataFile(string name)
    {
        for (var dir = Directory.GetParent(BenchLake.FindSchema()); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "public-data", name);
            if (System.IO.File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"{name} is not in a shared/public-data folder above the repository.");
    }
}
