using Assist.Cli.Docs.Views;
using Assist.Schema;
using Assist.Schema.Model;
using Assist.Schema.Navigation;

namespace Assist.Cli.Docs;

/// <summary>Turns one table of the schema into the view its schema page renders.</summary>
/// <param name="lake">The whole lake (enumerations, other tables).</param>
/// <param name="rootNamespace">The namespace the generated API lives in (<c>Assist.Lake</c>).</param>
internal sealed class TableViewBuilder(LakeSchema lake, string rootNamespace)
{
    private readonly NavigationPlan _navigations = NavigationPlanner.Plan(lake);

    /// <summary>The view of <paramref name="table"/> as shown on its schema page.</summary>
    public TableView Build(TableDef table)
    {
        var page = PageLinks.TablePage(table);
        var joins = new JoinViewBuilder(_navigations, page);
        var pii = table.Columns.Where(c => c.Pii).Select(c => c.Name).ToList();
        return new TableView(
            table.Name,
            table.QualifiedName,
            Markdown.FirstSentence(table.Description),
            Markdown.Text(table.Description),
            RowsText(table),
            table.PrimaryKey.Count == 0 ? "none declared" : Markdown.CodeList(table.PrimaryKey),
            table.TimeColumn is null ? "" : Markdown.Code(table.TimeColumn),
            ProvenanceText(table.Provenance, table.Sources),
            Markdown.CodeList(table.Aliases),
            Markdown.Code(EntityFullName(table)),
            Markdown.Code(TableSourceExpression(table)),
            Markdown.CodeList(pii),
            PersonText(table),
            table.Columns.Select(c => Column(table, c, page)).ToList(),
            joins.Parents(table),
            joins.Children(table),
            joins.Xrefs(table),
            joins.Referrers(table),
            joins.Targets(table));
    }

    /// <summary>The documented row count, or a plain statement that there is none.</summary>
    public static string RowsText(TableDef table) => table.ApproxRows is { } rows ? Markdown.Count(rows) : "not documented";

    /// <summary><c>documented (BRIEF, ETX)</c>.</summary>
    public static string ProvenanceText(Provenance provenance, IReadOnlyList<string> sources)
    {
        var name = provenance.ToString().ToLowerInvariant();
        return sources.Count == 0 ? name : $"{name} ({string.Join(", ", sources)})";
    }

    /// <summary>
    /// The person path as the data dictionary shows it: <c>`assignment_log_id.user_xid` (counted by
    /// `cas_core.student_data.assignment_logs.user_xid`)</c>, with its condition, or why there is none.
    /// </summary>
    public string PersonText(TableDef table)
    {
        var path = ResolvedPersonPath.Resolve(table, lake.FindTable, lake.FindEnum, out _);
        if (path is null)
        {
            return "none: a row describes no person (an aggregate of only such tables goes to manual review)";
        }

        var text = $"{Markdown.Code(table.Person!.Text)} (persons counted by {Markdown.Code(path.QualifiedColumn)})";
        if (path.WhenColumn is { } when)
        {
            var value = lake.FindEnum(when.Enum!)?.Values.FirstOrDefault(v => v.Value == path.WhenCode);
            text += $", only where {Markdown.Code(when.Name)} = {path.WhenCode} ({value?.Name})";
        }

        return text;
    }

    /// <summary>The generated entity class, e.g. <c>Assist.Lake.CasCore.StudentData.ProblemLog</c>.</summary>
    public string EntityFullName(TableDef table) => $"{rootNamespace}.{Naming.EntityNamespaceSuffix(table)}.{Naming.EntityName(table)}";

    /// <summary>The generated table source, e.g. <c>Lake.CasCore.StudentData.ProblemLogs</c>.</summary>
    public static string TableSourceExpression(TableDef table) =>
        $"Lake.{Naming.PascalCase(table.Catalog)}.{Naming.PascalCase(table.Schema)}.{Naming.TableSourceName(table)}";

    private ColumnView Column(TableDef table, ColumnDef column, string page)
    {
        var enumeration = column.Enum is null ? null : lake.FindEnum(column.Enum);
        return new ColumnView(
            Markdown.Code(column.Name),
            Markdown.Code(column.Type?.ToString() ?? column.TypeText),
            Markdown.Code(ClrTypeNames.Of(column, enumeration)),
            Markdown.Code(Naming.PropertyName(column)),
            column.Nullable ? "yes" : "no",
            column.Pii ? "**PII**" : "",
            ColumnDescription(table, column, page),
            column.Enum is null ? "" : $"[{column.Enum}]({PageLinks.Link(page, PageLinks.EnumsPage, column.Enum)})",
            ProvenanceText(column.Provenance, column.Sources),
            Markdown.CodeList(column.Aliases));
    }

    private string ColumnDescription(TableDef table, ColumnDef column, string page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(column.Description))
        {
            parts.Add(Markdown.Text(column.Description));
        }

        if (column.Unit is not null)
        {
            parts.Add($"Unit: {Markdown.Text(column.Unit)}.");
        }

        if (table.PrimaryKey.Contains(column.Name, StringComparer.Ordinal))
        {
            parts.Add(table.PrimaryKey.Count == 1 ? "Primary key." : "Part of the primary key.");
        }

        if (column.References is not null)
        {
            var dot = column.References.LastIndexOf('.');
            var parent = dot < 0 ? null : lake.FindTable(column.References[..dot]);
            parts.Add(parent is null
                ? $"References {Markdown.Code(column.References)}."
                : $"References [{column.References}]({PageLinks.ToTable(page, parent)}).");
        }

        if (column.Xref.Count > 0)
        {
            parts.Add($"Holds an xid (an external_references.id) of kind {string.Join(" or ", column.Xref)}.");
        }

        return string.Join(" ", parts);
    }
}
