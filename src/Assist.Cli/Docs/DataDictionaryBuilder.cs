using System.Globalization;
using Assist.Cli.Docs.Views;
using Assist.Schema;
using Assist.Schema.Model;

namespace Assist.Cli.Docs;

/// <summary>
/// Lays the lake out as data dictionary pages: an index, a page per catalog and per schema, and the enumerations.
/// The order is fixed (catalogs as declared, schemas by name, tables and columns as declared) so the output is the
/// same on every run and every machine.
/// </summary>
/// <param name="lake">A schema without errors.</param>
/// <param name="rootNamespace">The namespace of the generated API.</param>
internal sealed class DataDictionaryBuilder(LakeSchema lake, string rootNamespace = "Assist.Lake")
{
    private readonly TableViewBuilder _tables = new(lake, rootNamespace);

    /// <summary>Every page, index first.</summary>
    public IReadOnlyList<DataDictionaryPage> Build()
    {
        var catalogs = lake.Catalogs.Select(Catalog).ToList();
        var enums = lake.Enums.Select(Enumeration).ToList();
        var pages = new List<DataDictionaryPage> { new(PageLinks.IndexPage, "index", Index(catalogs, enums)) };
        foreach (var catalog in catalogs)
        {
            pages.Add(new DataDictionaryPage(PageLinks.CatalogPage(catalog.Name), "catalog", catalog));
            pages.AddRange(catalog.Schemas.Select(s => new DataDictionaryPage(PageLinks.SchemaPage(s.Catalog, s.Name), "schema", s)));
        }

        pages.Add(new DataDictionaryPage(PageLinks.EnumsPage, "enums", new EnumsPageView(enums)));
        return pages;
    }

    private IndexView Index(IReadOnlyList<CatalogView> catalogs, IReadOnlyList<EnumView> enums)
    {
        var xref = lake.Xref;
        var xrefTable = xref is null ? null : lake.FindTable(xref.Table);
        var kinds = new List<string>();
        var defaultPartner = "";
        if (xref is not null)
        {
            var types = lake.FindEnum(xref.TypeEnum);
            foreach (var target in xref.Targets)
            {
                var value = types?.Values.FirstOrDefault(v => v.Name == target.Kind)?.Value.ToString(CultureInfo.InvariantCulture) ?? "?";
                var table = lake.FindTable(target.Table);
                var link = table is null ? Markdown.Code(target.Table) : $"[{target.Table}]({PageLinks.ToTable(PageLinks.IndexPage, table)})";
                kinds.Add($"{Markdown.Code(xref.TypeColumn + " = " + value)} ({target.Kind}): {Markdown.Code(xref.TargetColumn)} is an id of {link}");
            }

            var partner = lake.FindEnum(xref.PartnerEnum)?.Values.FirstOrDefault(v => v.Name == xref.DefaultPartner);
            defaultPartner = partner is null ? xref.DefaultPartner : $"{partner.Name} ({partner.Value.ToString(CultureInfo.InvariantCulture)})";
        }

        var pii = lake.Tables
            .SelectMany(t => t.Columns.Where(c => c.Pii).Select(c => new PiiColumnView(
                $"{t.QualifiedName}.{c.Name}", PageLinks.ToTable(PageLinks.IndexPage, t), Markdown.Text(c.Description))))
            .OrderBy(p => p.QualifiedName, StringComparer.Ordinal)
            .ToList();

        return new IndexView(
            catalogs,
            enums,
            Markdown.Count(lake.Tables.Count()),
            Markdown.Count(lake.Tables.Sum(t => t.Columns.Count)),
            xref?.Table ?? "",
            xrefTable is null ? "" : PageLinks.ToTable(PageLinks.IndexPage, xrefTable),
            kinds,
            defaultPartner,
            pii);
    }

    private CatalogView Catalog(CatalogDef catalog)
    {
        var schemas = catalog.Schemas.OrderBy(s => s.Name, StringComparer.Ordinal).Select(Schema).ToList();
        var firstTable = catalog.Schemas.SelectMany(s => s.Tables).FirstOrDefault();
        var location = catalog.AthenaDataSource is not null
            ? $"data source {Markdown.Code(catalog.AthenaDataSource)}"
            : $"catalog path {Markdown.Code("\"" + catalog.AthenaCatalogPath + "\"")}";
        var prefix = catalog.AthenaDataSource ?? "\"" + catalog.AthenaCatalogPath + "\"";
        var example = firstTable is null ? "" : Markdown.Code($"{prefix}.{firstTable.Schema}.{firstTable.Name}");
        return new CatalogView(
            catalog.Name,
            Markdown.Text(catalog.Description),
            PageLinks.CatalogPage(catalog.Name),
            location,
            example,
            Markdown.Code(catalog.DuckDbAttachAs),
            Markdown.Code("Lake." + Naming.PascalCase(catalog.Name)),
            schemas);
    }

    private SchemaView Schema(SchemaDef schema)
    {
        var page = PageLinks.SchemaPage(schema.Catalog, schema.Name);
        var links = schema.Tables.Select(t => new TableLinkView(
            t.Name,
            t.QualifiedName,
            PageLinks.ToTable(page, t),
            TableViewBuilder.RowsText(t),
            t.Provenance.ToString().ToLowerInvariant(),
            Markdown.FirstSentence(t.Description))).ToList();
        return new SchemaView(
            schema.Catalog,
            schema.Name,
            Markdown.Text(schema.Description),
            page,
            Markdown.Code($"Lake.{Naming.PascalCase(schema.Catalog)}.{Naming.PascalCase(schema.Name)}"),
            links,
            schema.Tables.Select(_tables.Build).ToList());
    }

    private EnumView Enumeration(EnumDef enumeration)
    {
        var typeName = Naming.EnumTypeName(enumeration);
        var usedBy = lake.Tables
            .SelectMany(t => t.Columns.Where(c => c.Enum == enumeration.Name)
                .Select(c => $"[{t.QualifiedName}.{c.Name}]({PageLinks.ToTable(PageLinks.EnumsPage, t)})"))
            .Order(StringComparer.Ordinal);
        return new EnumView(
            enumeration.Name,
            Markdown.Text(enumeration.Description),
            Markdown.Code($"{rootNamespace}.{typeName}"),
            enumeration.Values.Select(v => new EnumValueView(
                v.Value.ToString(CultureInfo.InvariantCulture),
                Markdown.Code(v.Name),
                Markdown.Code($"{typeName}.{Naming.EnumMemberName(v)}"),
                Markdown.Text(v.Description))).ToList(),
            string.Join(", ", usedBy));
    }
}
