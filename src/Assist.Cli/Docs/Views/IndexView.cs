namespace Assist.Cli.Docs.Views;

/// <summary>The index page: the whole lake at a glance.</summary>
/// <param name="Catalogs">The catalogs, in declaration order.</param>
/// <param name="Enums">The enumerations, in declaration order.</param>
/// <param name="TableCount">Number of tables, formatted.</param>
/// <param name="ColumnCount">Number of columns, formatted.</param>
/// <param name="XrefTable">The external references table.</param>
/// <param name="XrefLink">Relative link to it.</param>
/// <param name="XrefKinds">The xref kinds and their target tables, formatted.</param>
/// <param name="DefaultPartner">The default partner, formatted (<c>tng (5)</c>).</param>
/// <param name="PiiColumns">Every personal-data column.</param>
internal sealed record IndexView(
    IReadOnlyList<CatalogView> Catalogs,
    IReadOnlyList<EnumView> Enums,
    string TableCount,
    string ColumnCount,
    string XrefTable,
    string XrefLink,
    IReadOnlyList<string> XrefKinds,
    string DefaultPartner,
    IReadOnlyList<PiiColumnView> PiiColumns);
