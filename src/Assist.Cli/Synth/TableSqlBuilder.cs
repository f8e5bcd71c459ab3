using Assist.Schema.Model;
using Assist.Schema.Types;
using static Assist.Cli.Synth.SynthSql;

namespace Assist.Cli.Synth;

/// <summary>
/// Turns a table plan into the SELECTs that are copied to Parquet: every schema column in declaration order, cast
/// to its DuckDB type, taken from the recipe when it yields the column and from the fallback otherwise; rows
/// sorted by the recipe's order so the files are the same on every run.
/// </summary>
internal sealed class TableSqlBuilder(SynthContext context, GenericColumns generic)
{
    /// <summary>One SELECT per output file.</summary>
    /// <param name="plan">The table.</param>
    /// <param name="columnsOf">Returns the output column names of a SQL query.</param>
    public IReadOnlyList<string> Build(TablePlan plan, Func<string, IReadOnlyList<string>> columnsOf)
    {
        if (plan.Recipe is not { } recipe)
        {
            return [Generic(plan)];
        }

        var result = new List<string>();
        for (var i = 0; i < recipe.Parts.Count; i++)
        {
            var part = recipe.Parts[i](context);
            var provided = new HashSet<string>(columnsOf(part), StringComparer.Ordinal);
            var presorted = recipe.PresortedParts?.Contains(i) == true;
            result.Add(Wrap(plan.Table, $"({part})", provided, "src._key", presorted ? null : $"src.{Id(recipe.OrderBy)}", ""));
        }

        return result;
    }

    private string Generic(TablePlan plan)
    {
        var table = plan.Table;
        var key = SynthPlanner.SingleIntegralKey(table);
        var rows = plan.GenericRows;
        var provided = new HashSet<string>(StringComparer.Ordinal);
        var source = $"(SELECT i AS _key FROM range({rows}) r(i))";
        if (key is not null)
        {
            // A key that is also a foreign key is a 1:1 extension of its parent: take the parent's first ids.
            var keyValue = key.References is { } reference && context.RangeOf(reference[..reference.LastIndexOf('.')]) is { } parent
                ? $"{parent.Base} + i"
                : $"{context.Ids.Generic(plan.GenericIndex)} + i";
            var limit = key.References is { } r2 && context.RangeOf(r2[..r2.LastIndexOf('.')]) is { } p2 ? Math.Min(rows, p2.Count) : rows;
            source = $"(SELECT i AS _key, {keyValue} AS {Id(key.Name)} FROM range({limit}) r(i))";
            provided.Add(key.Name);
        }

        var dedupe = table.PrimaryKey.Count > 1
            ? $"QUALIFY row_number() OVER (PARTITION BY {string.Join(", ", table.PrimaryKey.Select(Id))} ORDER BY _order) = 1"
            : "";
        return Wrap(table, source, provided, "src._key", "src._key", dedupe);
    }

    private string Wrap(TableDef table, string source, HashSet<string> provided, string key, string? orderBy, string qualify)
    {
        var columns = table.Columns.Select(c =>
        {
            var type = c.Type is null ? "VARCHAR" : LakeTypes.DuckDbStorage(c.Type);
            var value = provided.Contains(c.Name) ? $"src.{Id(c.Name)}" : generic.For(table, c, key, table.PrimaryKey.Contains(c.Name));
            return $"CAST({value} AS {type}) AS {Id(c.Name)}";
        });
        var order = orderBy is null ? "" : "ORDER BY _order";
        var orderColumn = orderBy is null ? "" : $", {orderBy} AS _order";
        var exclude = orderBy is null ? "_key" : "_key, _order";
        return $"""
            SELECT * EXCLUDE ({exclude}) FROM (
                SELECT {string.Join(",\n       ", columns)}, {key} AS _key{orderColumn}
                FROM {source} src
            ) {qualify}
            {order}
            """;
    }
}
