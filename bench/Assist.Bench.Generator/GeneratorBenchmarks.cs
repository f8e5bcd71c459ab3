extern alias generator;

using Assist.Schema;
using generator::Assist.SourceGen;
using Assist.TestKit;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Assist.Bench.Generator;

/// <summary>
/// The generator over a lake the size of the real one (200 tables, 3,500 columns). Goals (issue 3): a full run under
/// 300 ms, and the run after an unrelated C# edit under 5 ms (every step cached).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private AdditionalText[] _files = [];
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private GeneratorDriver _yamlDriver = null!;
    private AdditionalText _tableFile = null!;
    private AdditionalText _editedTableFile = null!;
    private bool _toggle;
    private bool _yamlToggle;

    /// <summary>Builds the schema and a driver that has run once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _files = SyntheticSchemaYaml.Generate(tables: 200, columnsTotal: 3500, seed: 7)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .ToArray();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var references = new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("public static class Program { }", parse)], references);
        _editedCompilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Edited { }", parse));
        _warmDriver = CreateDriver().RunGenerators(_compilation);
        _yamlDriver = CreateDriver().RunGenerators(_compilation);
        _tableFile = _files[^1];
        var text = _tableFile.GetText()!.ToString();
        var cut = text.IndexOf("description:", text.IndexOf("tables:", StringComparison.Ordinal), StringComparison.Ordinal) + "description:".Length;
        _editedTableFile = new InMemoryAdditionalText(_tableFile.Path, text.Insert(cut, " Edited."));
    }

    /// <summary>A fresh driver: parse, validate and emit everything.</summary>
    [Benchmark]
    public GeneratorDriver FullRun() => CreateDriver().RunGenerators(_compilation);

    /// <summary>Only Assist.Schema's part of a full run: parse, combine and validate the YAML (no specs, no emitting).</summary>
    [Benchmark]
    public int LoadAndValidateOnly() =>
        SchemaLoader.Load(_files.Select(f => new SchemaFile(f.Path, f.GetText()!.ToString()))).Diagnostics.Count;

    /// <summary>The run after an unrelated C# edit (alternating between two compilations, so every run sees a change).</summary>
    [Benchmark]
    public GeneratorDriver IncrementalRunAfterUnrelatedEdit()
    {
        _toggle = !_toggle;
        _warmDriver = _warmDriver.RunGenerators(_toggle ? _editedCompilation : _compilation);
        return _warmDriver;
    }

    /// <summary>
    /// The run after an edit to one table's description in one YAML file: the schema step re-reads every file (loading
    /// and validation are cross-file), but only the edited table's entity and the root are emitted again.
    /// </summary>
    [Benchmark]
    public GeneratorDriver IncrementalRunAfterYamlEdit()
    {
        _yamlToggle = !_yamlToggle;
        _yamlDriver = _yamlToggle
            ? _yamlDriver.ReplaceAdditionalText(_tableFile, _editedTableFile)
            : _yamlDriver.ReplaceAdditionalText(_editedTableFile, _tableFile);
        _yamlDriver = _yamlDriver.RunGenerators(_compilation);
        return _yamlDriver;
    }

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new AssistGenerator().AsSourceGenerator()], _files);
}
