using System.Diagnostics;
using System.Globalization;
using Assist.Cli.Output;
using Assist.Schema.Model;
using DuckDB.NET.Data;

namespace Assist.Cli.Synth;

/// <summary>
/// Generates a synthetic lake for every table of a schema, inside DuckDB: the world first (<see cref="WorldBuilder"/>),
/// then each table copied to <c>&lt;dir&gt;/&lt;catalog&gt;/&lt;schema&gt;/&lt;table&gt;/data_N.parquet</c>. Files go to a
/// temporary sibling folder that is renamed into place only when every table is written.
/// </summary>
internal sealed class LakeSynthesizer(LakeSchema schema, SynthOptions options, TextWriter progressOut)
{
    /// <summary>What was written.</summary>
    /// <param name="Rows">Rows per qualified table name.</param>
    /// <param name="Elapsed">Wall time.</param>
    public sealed record Result(IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed);

    /// <summary>Writes the lake. The output folder must not exist or be empty (the caller checks <c>--force</c>).</summary>
    public Result Run(CancellationToken cancellation)
    {
        if (options.Students < 1)
        {
            throw new SynthException("--students must be at least 1.");
        }

        if (Path.GetDirectoryName(Path.GetFullPath(options.OutputDirectory)) is null)
        {
            throw new SynthException($"{options.OutputDirectory}: cannot write a lake at the root of a file system.");
        }

        using var staged = new StagedDirectory(options.OutputDirectory);
        var spill = Path.Combine(Path.GetTempPath(), "assist-synth-spill-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var result = Generate(staged.Path, spill, cancellation);
            staged.Commit();
            return result;
        }
        finally
        {
            if (Directory.Exists(spill))
            {
                Directory.Delete(spill, recursive: true);
            }
        }
    }

    private Result Generate(string root, string spill, CancellationToken cancellation)
    {
        var total = Stopwatch.StartNew();
        var shape = WorldShape.For(options.Students, options.SchoolYears);
        var ids = IdBases.For(options.Students);
        var context = new SynthContext(schema, shape, ids, options.Seed, root);
        var recipes = RecipeBook.For(ids, shape);
        var world = new WorldBuilder(shape, ids, options.Seed).Statements().ToList();
        var tableCount = schema.Tables.Count();
        var progress = new SynthProgress(progressOut, world.Count + tableCount);

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var cancelRegistration = cancellation.Register(() => TryInterrupt(connection));
        Execute(connection, "SET TimeZone = 'UTC'");
        Execute(connection, "SET preserve_insertion_order = true");
        Execute(connection, $"SET temp_directory = {SynthSql.Text(spill)}");

        foreach (var (label, sql) in world)
        {
            cancellation.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            Execute(connection, sql);
            progress.Step("world: " + label, null, watch.Elapsed);
        }

        foreach (var recipe in recipes.Values)
        {
            if (recipe.Range is { } range && schema.FindTable(recipe.Table) is not null)
            {
                context.SetRange(recipe.Table, new IdRange(range.Base, Scalar(connection, range.CountSql)));
            }
        }

        var plans = SynthPlanner.Plan(context, recipes);
        var picks = new PickTables(connection, context);
        var builder = new TableSqlBuilder(context, new GenericColumns(context, picks.Find));
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            cancellation.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var table = plan.Table;
            var folder = Path.Combine(root, table.Catalog, table.Schema, table.Name);
            Directory.CreateDirectory(folder);
            var statements = Build(builder, plan, connection);
            long count = 0;
            for (var i = 0; i < statements.Count; i++)
            {
                var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"data_{i}.parquet"));
                count += Copy(connection, table, statements[i], file);
            }

            context.SetWritten(table.QualifiedName, folder);
            rows[table.QualifiedName] = count;
            progress.Step(table.QualifiedName, count, watch.Elapsed);
        }

        return new Result(rows, total.Elapsed);
    }

    private static IReadOnlyList<string> Build(TableSqlBuilder builder, TablePlan plan, DuckDBConnection connection)
    {
        try
        {
            return builder.Build(plan, sql => ColumnsOf(connection, sql));
        }
        catch (DuckDBException e)
        {
            throw new SynthException($"{plan.Table.QualifiedName}: the generator's query failed: {e.Message}", e);
        }
    }

    private static long Copy(DuckDBConnection connection, TableDef table, string select, string file)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY ({select}) TO {SynthSql.Text(file)} (FORMAT parquet, COMPRESSION zstd)";
            return command.ExecuteNonQuery();
        }
        catch (DuckDBException e)
        {
            throw new SynthException($"{table.QualifiedName}: writing {file} failed: {e.Message}", e);
        }
    }

    private static IReadOnlyList<string> ColumnsOf(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM ({sql}) AS probe LIMIT 0";
        using var reader = command.ExecuteReader();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    internal static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
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
            // Cancellation is then checked between tables.
        }
    }
}
