using Assist.Schema.Model;

namespace Assist.Cli.Docs;

/// <summary>
/// Where each page of the data dictionary lives and how pages link to each other. Layout: <c>index.md</c>,
/// <c>enums.md</c>, <c>&lt;catalog&gt;/index.md</c>, <c>&lt;catalog&gt;/&lt;schema&gt;.md</c>; tables are sections of their
/// schema page, anchored by the table name.
/// </summary>
internal static class PageLinks
{
    /// <summary>The index page.</summary>
    public const string IndexPage = "index.md";

    /// <summary>The enumerations page.</summary>
    public const string EnumsPage = "enums.md";

    /// <summary>A catalog's page.</summary>
    public static string CatalogPage(string catalog) => catalog + "/index.md";

    /// <summary>A schema's page.</summary>
    public static string SchemaPage(string catalog, string schema) => catalog + "/" + schema + ".md";

    /// <summary>The page holding a table.</summary>
    public static string TablePage(TableDef table) => SchemaPage(table.Catalog, table.Schema);

    /// <summary>A relative link from the page <paramref name="fromPage"/> to <paramref name="toPage"/>, with an optional anchor.</summary>
    public static string Link(string fromPage, string toPage, string? anchor = null)
    {
        var suffix = anchor is null ? "" : "#" + anchor;
        if (fromPage == toPage && anchor is not null)
        {
            return suffix;
        }

        var fromFolder = Folder(fromPage);
        var toFolder = Folder(toPage);
        string path;
        if (fromFolder == toFolder)
        {
            path = FileName(toPage);
        }
        else if (fromFolder.Length == 0)
        {
            path = toPage;
        }
        else
        {
            path = "../" + toPage;
        }

        return path + suffix;
    }

    /// <summary>A relative link from <paramref name="fromPage"/> to a table's section.</summary>
    public static string ToTable(string fromPage, TableDef table) => Link(fromPage, TablePage(table), table.Name);

    private static string Folder(string page)
    {
        var slash = page.LastIndexOf('/');
        return slash < 0 ? "" : page[..slash];
    }

    private static string FileName(string page)
    {
        var slash = page.LastIndexOf('/');
        return slash < 0 ? page : page[(slash + 1)..];
    }
}
