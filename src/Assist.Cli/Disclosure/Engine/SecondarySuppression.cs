using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Disclosure.Engine;

/// <summary>
/// Secondary (complementary) suppression. Within each family of outputs (one output with its margin rows, or outputs
/// of one submission whose group keys are nested), column by column: whenever an equation "total = Σ parts" has exactly
/// one hidden member, that member could be recovered by one subtraction, so the smallest released part (fewest persons;
/// the first seen on a tie) is hidden too, or the total when no part is left. The cells a suppression touches are
/// checked again until no equation has exactly one hidden member. docs/disclosure.md gives the limits.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Applies the rule to the checked outputs of one submission.</summary>
    public static void Apply(IReadOnlyList<CellGrid> grids, SecondarySuppressionRule rule)
    {
        if (!rule.Enabled)
        {
            return;
        }

        foreach (var family in Families(grids))
        {
            var dimensions = family.SelectMany(g => g.KeyColumns.Select(k => g.Plan.Dimensions[g.Columns[k].Name])).Distinct().Order(StringComparer.Ordinal).ToList();
            var columns = family.SelectMany(g => g.ValueColumns.Select(c => g.Columns[c].Name)).Distinct();
            foreach (var column in columns)
            {
                Protect(MarginTuples.Build(family, dimensions, column));
            }
        }
    }

    private static void Protect(IReadOnlyList<MarginCell> cells)
    {
        // A total released by two outputs is one cell: if either copy is hidden, both are.
        foreach (var cell in cells.Where(c => c.Suppressed))
        {
            cell.Suppress();
        }

        var pending = new Queue<MarginEquation>(cells.SelectMany(c => c.Equations).Distinct());
        while (pending.TryDequeue(out var equation))
        {
            var hidden = equation.Members.Count(m => m.Suppressed);
            if (hidden != 1)
            {
                continue;
            }

            var next = equation.Parts.Where(p => !p.Suppressed).MinBy(p => (p.Persons, p.Order)) ?? equation.Total;
            next.Suppress();
            foreach (var touched in next.Equations)
            {
                pending.Enqueue(touched);
            }
        }
    }

    // Outputs are linked when one's dimensions are a proper subset of the other's: the coarser one's rows are totals of
    // the finer one's. Linked outputs, transitively, form one family.
    private static IEnumerable<IReadOnlyList<CellGrid>> Families(IReadOnlyList<CellGrid> grids)
    {
        var family = Enumerable.Range(0, grids.Count).ToArray();
        int Find(int i) => family[i] == i ? i : family[i] = Find(family[i]);
        var dimensions = grids.Select(g => g.KeyColumns.Select(k => g.Plan.Dimensions[g.Columns[k].Name]).ToHashSet(StringComparer.Ordinal)).ToList();
        for (var i = 0; i < grids.Count; i++)
        {
            for (var j = 0; j < grids.Count; j++)
            {
                if (i != j && dimensions[i].IsProperSubsetOf(dimensions[j]))
                {
                    family[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, grids.Count).GroupBy(Find).Select(g => (IReadOnlyList<CellGrid>)g.Select(i => grids[i]).ToList());
    }
}
