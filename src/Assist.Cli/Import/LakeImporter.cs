using System.Diagnostics;
using Assist.Cli.Output;
using Assist.Cli.Synth;
using Assist.Schema.Model;
using DuckDB.NET.Data;

namespace Assist.Cli.Import;

/// <summary>
/// Imports public ASSISTments files into a lake: checks every file (header, complete gzip), loads them into DuckDB,
/// checks the values, builds the staging tables in SQL and copies each lake table and side table to Parquet in a
/// temporary folder that is renamed into place only when everything, <c>_provenance.json</c> included, is written.
/// </summary>
internal sealed class LakeImporter(LakeSchema schema, ImportFormat format, ImportSettings settings, TextWriter progressOut)
{
    /// <summary>What was written.</summary>
    /// <param name="InputRows">Rows read from the files.</param>
    /// <param name="Rows">Rows per lake table.</param>
    /// <param name="Elapsed">Wall time.</param>
    public sealed record Result(long InputRows, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed);

    /// <summary>Imports <paramref name="files"/> (full path, name for messages) into <paramref name="output"/>.</summary>
    /// <exception cref="ImportException">A file is malformed; nothing was written.</exception>
    public Result Run(IReadOnlyList<(string Path, string DisplayName)> files, string output, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var inputs = files.Select(f => InputFile.Inspect(f.Path, f.DisplayName)).ToList();
        var columns = SameColumns(inputs);
        var present = columns[0].Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var tables = format.Tables(present).Select(m => (Table: schema.FindTable(m.Table), Mapping: m)).Where(t => t.Table is not null).ToList();
        var staging = format.Staging(settings, present).Concat(StagingContract.Common(format.Name)).ToList();
        var progress = new SynthProgress(progressOut, 2 + staging.Count + tables.Count + format.SideTables.Count);

        using var staged = new StagedDirectory(output);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var cancelRegistration = cancellation.Register(() => TryInterrupt(connection));
        LakeSynthesizer.Execute(connection, "SET TimeZone = 'UTC'");

        // The load keeps file order (raw's rowids follow the lines, which lets ResponseOrder skip a sort); every later
        // statement that needs an order says so.
        var step = Stopwatch.StartNew();
        var counts = Load(connection, inputs, columns, staged.Path);
        LakeSynthesizer.Execute(connection, "SET preserve_insertion_order = false");
        progress.Step($"read {inputs.Count} file(s)", counts.Sum(), step.Elapsed);
        step.Restart();
        ValueChecks.Run(connection, inputs, columns);
        progress.Step("check values", null, step.Elapsed);

        foreach (var (label, sql) in staging)
        {
            cancellation.ThrowIfCancellationRequested();
            step.Restart();
            LakeSynthesizer.Execute(connection, sql);
            progress.Step("stage: " + label, null, step.Elapsed);
        }

        var written = new List<(TableDef, TableMapping, long)>();
        foreach (var (table, mapping) in tables)
        {
            cancellation.ThrowIfCancellationRequested();
            step.Restart();
            var rows = TableWriter.Copy(connection, TableWriter.Select(table!, mapping), Path.Combine(staged.Path, table!.Catalog, table.Schema, table.Name));
            written.Add((table, mapping, rows));
            progress.Step(table.QualifiedName, rows, step.Elapsed);
        }

        var sides = new List<(SideTable, long)>();
        foreach (var side in format.SideTables)
        {
            step.Restart();
            var rows = TableWriter.Copy(connection, side.Select, Path.Combine(staged.Path, "_side", format.SideFolder, side.Name));
            sides.Add((side, rows));
            progress.Step($"_side/{format.SideFolder}/{side.Name}", rows, step.Elapsed);
        }

        ProvenanceWriter.Write(staged.Path, new ProvenanceWriter.Record(format, settings, inputs.Zip(counts).ToList(), written, sides));
        staged.Commit();
        return new Result(counts.Sum(), written.ToDictionary(w => w.Item1.QualifiedName, w => w.Item3, StringComparer.Ordinal), watch.Elapsed);
    }

    // Every gzip file is decompressed (and proved whole) into the staged folder first; DuckDB then parses the
    // uncompressed copies in parallel. The copies are deleted once loaded (or with the staged folder on failure).
    private static IReadOnlyList<long> Load(DuckDBConnection connection, List<InputFile> inputs, List<IReadOnlyList<CsvField>> columns, string scratch)
    {
        var readable = new List<(string Path, bool Decompressed)>();
        try
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                readable.Add(inputs[i].Readable(Path.Combine(scratch, $"_input-{i}.csv")));
            }

            return CsvLoader.Load(connection, inputs, columns, readable);
        }
        finally
        {
            foreach (var (path, decompressed) in readable)
            {
                if (decompressed)
                {
                    File.Delete(path);
                }
            }
        }
    }

    // One import is one data set: every file must have the same columns, or rows of one file would miss values.
    private List<IReadOnlyList<CsvField>> SameColumns(IReadOnlyList<InputFile> inputs)
    {
        var first = HeaderCheck.Columns(inputs[0], format);
        var all = new List<IReadOnlyList<CsvField>> { first };
        foreach (var input in inputs.Skip(1))
        {
            var columns = HeaderCheck.Columns(input, format);
            all.Add(columns);
            if (!columns.Select(c => c.Name).Order(StringComparer.Ordinal).SequenceEqual(first.Select(c => c.Name).Order(StringComparer.Ordinal)))
            {
                throw new ImportException([new ImportDiagnostic(input.DisplayName, 1, 1,
                    $"the header has other columns than {inputs[0].DisplayName}'s; files imported together must have the same columns.")]);
            }
        }

        return all;
    }

    private static void TryInterrupt(DuckDBConnection connection)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.Cancel();
        }
        catch (NotSupportedException)
        {
            // Cancellation is then checked between steps.
        }
    }
}
