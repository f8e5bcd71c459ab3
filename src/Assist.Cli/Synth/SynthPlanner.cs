using Assist.Schema.Model;

namespace Assist.Cli.Synth;

/// <summary>
/// Decides, before any file is written, every table's id range and row count, where each xref kind's xids start,
/// and the order tables are written in (a table that reads another's files comes after it).
/// </summary>
internal static class SynthPlanner
{
    /// <summary>Rows of the lake's problem_logs, for scaling the fallback tables' approx_rows.</summary>
    private const double LakeProblemLogs = 215_000_000;

    /// <summary>Plans every table of the schema, given the world's recipe ranges already recorded in <paramref name="context"/>.</summary>
    public static IReadOnlyList<TablePlan> Plan(SynthContext context, IReadOnlyDictionary<string, TableRecipe> recipes)
    {
        var plans = new List<TablePlan>();
        var genericIndex = 0;
        foreach (var table in context.Schema.Tables)
        {
            if (recipes.TryGetValue(table.QualifiedName, out var recipe))
            {
                plans.Add(new TablePlan(table, recipe, 0, -1));
                continue;
            }

            var rows = GenericRows(table, context.Shape.Students);
            var plan = new TablePlan(table, null, rows, genericIndex++);
            if (SingleIntegralKey(table) is { References: null })
            {
                context.SetRange(table.QualifiedName, new IdRange(context.Ids.Generic(plan.GenericIndex), rows));
            }

            plans.Add(plan);
        }

        AddXrefKinds(context);
        return Order(plans, context);
    }

    /// <summary>The single bigint/integer primary-key column, or null.</summary>
    public static ColumnDef? SingleIntegralKey(TableDef table)
    {
        if (table.PrimaryKey.Count != 1)
        {
            return null;
        }

        var column = table.Columns.FirstOrDefault(c => c.Name == table.PrimaryKey[0]);
        return column?.Type?.Kind is SqlTypeKind.Bigint or SqlTypeKind.Integer ? column : null;
    }

    private static long GenericRows(TableDef table, int students)
    {
        if (table.ApproxRows is { } approx)
        {
            return Math.Clamp((long)Math.Round(approx * (students * 400.0) / LakeProblemLogs), 10, 100_000);
        }

        return Math.Clamp(students / 10, 10, 20_000);
    }

    private static void AddXrefKinds(SynthContext context)
    {
        if (context.Schema.Xref is not { } xref)
        {
            return;
        }

        var types = context.Schema.FindEnum(xref.TypeEnum);
        context.PartnerValue = context.Schema.FindEnum(xref.PartnerEnum)?.Values.FirstOrDefault(v => v.Name == xref.DefaultPartner)?.Value ?? 5;
        for (var i = 0; i < xref.Targets.Count; i++)
        {
            var target = xref.Targets[i];
            var typeValue = types?.Values.FirstOrDefault(v => v.Name == target.Kind)?.Value;
            if (typeValue is { } value && context.RangeOf(target.Table) is { } range)
            {
                context.AddXrefKind(new XrefKind(target.Kind, value, target.Table, range, context.Ids.ExternalReferences(i)));
            }
        }
    }

    // Stable topological order: schema order, except that a table comes after the tables it reads.
    private static IReadOnlyList<TablePlan> Order(List<TablePlan> plans, SynthContext context)
    {
        var byName = plans.ToDictionary(p => p.Table.QualifiedName, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<TablePlan>();

        void Visit(TablePlan plan)
        {
            var name = plan.Table.QualifiedName;
            if (done.Contains(name) || !visiting.Add(name))
            {
                return;
            }

            foreach (var dependency in plan.Dependencies(context))
            {
                if (byName.TryGetValue(dependency, out var parent))
                {
                    Visit(parent);
                }
            }

            visiting.Remove(name);
            done.Add(name);
            ordered.Add(plan);
        }

        foreach (var plan in plans)
        {
            Visit(plan);
        }

        return ordered;
    }
}
