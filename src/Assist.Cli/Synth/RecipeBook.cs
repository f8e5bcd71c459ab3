namespace Assist.Cli.Synth;

/// <summary>The tables with realistic behaviour, by qualified name. Every other table uses the schema-driven fallback.</summary>
internal static class RecipeBook
{
    /// <summary>All recipes for a world.</summary>
    public static IReadOnlyDictionary<string, TableRecipe> For(IdBases ids, WorldShape shape) =>
        PeopleRecipes.All(ids)
            .Concat(ContentRecipes.All(ids, shape))
            .Concat(WorkRecipes.All(ids))
            .ToDictionary(r => r.Table, StringComparer.Ordinal);
}
