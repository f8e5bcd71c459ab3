extern alias generator;

using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Assist.Schema;
using generator::Assist.SourceGen.Emitting;
using generator::Assist.SourceGen.Parsing;
using Assist.TestKit;
using Microsoft.CodeAnalysis.CSharp;

namespace Assist.Bench.Generator;

/// <summary>
/// <c>--phases</c>: where a full run's time goes (load and validate, specs, emitting, Roslyn parsing the output), as medians
/// of a few runs. A rough split to decide what to optimize; the benchmarks give the real figures.
/// </summary>
internal static class PhaseTimer
{
    public static void Run(int repetitions = 9)
    {
        var files = SyntheticSchemaYaml.Generate(tables: 200, columnsTotal: 3500, seed: 7)
            .Select(f => new SchemaFileInput(f.Path, f.Text))
            .ToImmutableArray();
        var load = new List<double>();
        var specs = new List<double>();
        var combine = new List<double>();
        var emit = new List<double>();
        var parse = new List<double>();
        var size = 0;
        for (var i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            SchemaLoader.Load(files.Select(f => new SchemaFile(f.Path, f.Text)));
            load.Add(watch.Elapsed.TotalMilliseconds);

            // The generator parses each file in its own cached step; the spec step combines, validates and builds specs.
            var parsed = files.Select(f => new ParsedSchemaFile(f.Path, f.Text)).ToImmutableArray();
            watch.Restart();
            var combined = generator::Assist.Schema.SchemaLoader.Combine(parsed.Select(p => p.Fragment));
            combine.Add(watch.Elapsed.TotalMilliseconds);

            watch.Restart();
            var spec = LakeParser.Parse(parsed, "Assist.Lake", CancellationToken.None);
            specs.Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(combined);

            watch.Restart();
            var sources = spec.Entities.Select(EntityEmitter.Emit).Concat(spec.Enums.Select(EnumEmitter.Emit)).Append(RootEmitter.Emit(spec.Root)).ToList();
            emit.Add(watch.Elapsed.TotalMilliseconds);
            size = sources.Sum(s => s.Length);

            watch.Restart();
            foreach (var source in sources)
            {
                CSharpSyntaxTree.ParseText(source);
            }

            parse.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median ms: load+validate {Median(load):F1}, combine+validate {Median(combine):F1}, combine+validate+specs (excl. per-file parse) {Median(specs):F1}, emit {Median(emit):F1}, Roslyn parse of output {Median(parse):F1}; output {size / 1024} KiB"));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
