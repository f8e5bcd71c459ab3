namespace Assist.Cli.Docs.Views;

/// <summary>One schema page.</summary>
/// <param name="Catalog">The catalog name.</param>
/// <param name="Name">The schema name.</param>
/// <param name="Description">What the schema holds.</param>
/// <param name="Link">Relative link to the schema page from the index.</param>
/// <param name="CSharpSchema">The generated schema property (<c>Lake.CasCore.StudentData</c>).</param>
/// <param name="TableLinks">Its tables, for lists.</param>
/// <param name="Tables">Its tables in full.</param>
internal sealed record SchemaView(
    string Catalog,
    string Name,
    string Description,
    string Link,
    string CSharpSchema,
    IReadOnlyList<TableLinkView> TableLinks,
    IReadOnlyList<TableView> Tables);
