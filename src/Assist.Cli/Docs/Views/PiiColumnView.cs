namespace Assist.Cli.Docs.Views;

/// <summary>A personal-data column, for the index's list of what a reviewer must watch.</summary>
/// <param name="QualifiedName"><c>catalog.schema.table.column</c>.</param>
/// <param name="Link">Relative link to the table's section.</param>
/// <param name="Description">The column's description.</param>
internal sealed record PiiColumnView(string QualifiedName, string Link, string Description);
