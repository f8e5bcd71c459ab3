namespace Assist.Cli.Docs.Views;

/// <summary>One catalog page.</summary>
/// <param name="Name">The catalog name.</param>
/// <param name="Description">What the catalog holds.</param>
/// <param name="Link">Relative link to the catalog page from the index.</param>
/// <param name="Athena">Where Athena finds it (data source or quoted catalog path).</param>
/// <param name="AthenaExample">A three-part name as written in Athena SQL.</param>
/// <param name="DuckDb">The alias the local DuckDB lake attaches it as.</param>
/// <param name="CSharpCatalog">The generated catalog property (<c>Lake.CasCore</c>).</param>
/// <param name="Schemas">Its schemas, ordered by name.</param>
internal sealed record CatalogView(
    string Name,
    string Description,
    string Link,
    string Athena,
    string AthenaExample,
    string DuckDb,
    string CSharpCatalog,
    IReadOnlyList<SchemaView> Schemas);
