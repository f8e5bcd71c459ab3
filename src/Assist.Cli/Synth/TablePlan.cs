using Assist.Schema.Model;

namespace Assist.Cli.Synth;

/// <summary>One table to write: its schema, its recipe (null for the fallback) and, for the fallback, how many rows.</summary>
/// <param name="Table">The table.</param>
/// <param name="Recipe">Its recipe, or null.</param>
/// <param name="GenericRows">Rows the fallback makes (0 for recipe tables).</param>
/// <param name="GenericIndex">The fallback table's index (for its id range).</param>
internal sealed record TablePlan(TableDef Table, TableRecipe? Recipe, long GenericRows, int GenericIndex)
{
    /// <summary>The tables whose files must exist before this one is written.</summary>
    public IEnumerable<string> Dependencies(SynthContext context)
    {
        if (Recipe is not null)
        {
            return Recipe.DependsOn;
        }

        // The fallback picks parents with sparse ids from their written files.
        return Table.Columns
            .Where(c => c.References is not null)
            .Select(c => c.References![..c.References!.LastIndexOf('.')])
            .Where(parent => context.RangeOf(parent) is null && parent != Table.QualifiedName);
    }
}
