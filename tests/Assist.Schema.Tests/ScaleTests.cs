using System.Diagnostics;
using Assist.Schema;
using Assist.TestKit;
using Xunit;
using Xunit.Abstractions;

namespace Assist.Schema.Tests;

/// <summary>The size of the real lake (about 200 tables, 3,500 columns) loads and validates cleanly; the time is recorded, not asserted.</summary>
public sealed class ScaleTests
{
    private readonly ITestOutputHelper _output;

    public ScaleTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Synthetic_lake_of_200_tables_and_3500_columns_loads_without_diagnostics()
    {
        var files = SyntheticSchemaYaml.Generate(tables: 200, columnsTotal: 3500, seed: 42)
            .Select(f => new SchemaFile(f.Path, f.Text))
            .ToList();
        SchemaLoader.Load(files); // warm-up: JIT and YamlDotNet's static setup are not what we measure

        var watch = Stopwatch.StartNew();
        var result = SchemaLoader.Load(files);
        watch.Stop();

        Assert.Equal("", string.Join("\n", result.Diagnostics.Take(20)));
        Assert.Equal(200, result.Schema.Tables.Count());
        Assert.Equal(3500, result.Schema.Tables.Sum(t => t.Columns.Count));
        var parse = Stopwatch.StartNew();
        var fragments = files.Select(SchemaLoader.ParseFile).ToList();
        parse.Stop();
        var combine = Stopwatch.StartNew();
        SchemaLoader.Combine(fragments);
        combine.Stop();
        // The same text through YamlDotNet's parser alone, to tell our cost from the machine's load.
        var raw = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(file.Text));
            while (parser.MoveNext())
            {
            }
        }

        raw.Stop();
        _output.WriteLine($"YamlDotNet parser events alone {raw.Elapsed.TotalMilliseconds:F1} ms");
        _output.WriteLine($"parse {parse.Elapsed.TotalMilliseconds:F1} ms, combine + validate {combine.Elapsed.TotalMilliseconds:F1} ms");
        _output.WriteLine($"load + validate of 200 tables / 3,500 columns in {files.Count} files ({files.Sum(f => f.Text.Length):N0} chars): {watch.Elapsed.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public void Synthetic_lake_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var first = SyntheticSchemaYaml.Generate(20, 300, seed: 7);
        var again = SyntheticSchemaYaml.Generate(20, 300, seed: 7);
        var other = SyntheticSchemaYaml.Generate(20, 300, seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(f => f.Text), other.Select(f => f.Text));
    }
}
