namespace Assist.Cli.Docs.Views;

/// <summary>A table in a list on another page.</summary>
/// <param name="Name">The table name.</param>
/// <param name="QualifiedName"><c>catalog.schema.table</c>.</param>
/// <param name="Link">Relative link to the table's section.</param>
/// <param name="ApproxRows">The documented row count, formatted.</param>
/// <param name="Provenance">The table's provenance.</param>
/// <param name="Summary">The description's first sentence.</param>
internal sealed record TableLinkView(string Name, string QualifiedName, string Link, string ApproxRows, string Provenance, string Summary);
