using System.Globalization;
using Assist.Cli.Docs.Views;
using Assist.Query;
using Assist.Query.Navigation;
using Assist.Schema;
using Assist.Schema.Model;
using Assist.Schema.Navigation;

namespace Assist.Cli.Docs;

/// <summary>
/// Spells out how a table joins, from the navigation plan the generator also reads (<see cref="NavigationPlanner"/>):
/// along its foreign keys (both ways) and through external_references for xid columns (both ways). Each join's SQL is
/// the Athena statement the query compiler emits for that navigation (<see cref="NavigationSql"/>), next to the
/// generated C# call.
/// </summary>
/// <param name="plan">The lake's navigations.</param>
/// <param name="page">The page the joins are shown on, for relative links.</param>
internal sealed class JoinViewBuilder(NavigationPlan plan, string page)
{
    /// <summary>Joins along the table's own foreign keys, to its parents.</summary>
    public IReadOnlyList<JoinView> Parents(TableDef table) =>
        Declared(table, LakeNavigationKind.ToOne)
            .Select(n => View(
                n,
                $"{Markdown.Code(n.Table.Name + "." + n.SourceColumn)} → {TableLink(n.Target)}",
                n.CanBeMissing ? $"{Markdown.Code(n.SourceColumn)} is nullable: the LEFT JOIN keeps the rows that have none." : ""))
            .ToList();

    /// <summary>Joins from the tables whose foreign keys point at this table.</summary>
    public IReadOnlyList<JoinView> Children(TableDef table) =>
        Declared(table, LakeNavigationKind.ToMany)
            .Select(n => View(
                n,
                $"{TableLink(n.Target)} by {Markdown.Code(n.Target.Name + "." + n.TargetColumn)}",
                "Many rows per row of this table; in C# the navigation is a query: .Count(), .Any(...), .Sum(...), or a second from."))
            .ToList();

    /// <summary>Joins along the table's xid columns, through external_references to each kind's target.</summary>
    public IReadOnlyList<JoinView> Xrefs(TableDef table) =>
        Declared(table, LakeNavigationKind.Xref)
            .Select(n => View(n, $"{Markdown.Code(n.Table.Name + "." + n.SourceColumn)} → {n.XrefKind} → {TableLink(n.Target)}, through {Markdown.Code(plan.Xref!.Table)}", XrefNote(n)))
            .ToList();

    /// <summary>
    /// For the external references table itself: from a reference to the row it names, one join per kind, written from
    /// the named row's side (its external reference navigation), since that is the join the compiler emits.
    /// </summary>
    public IReadOnlyList<JoinView> Targets(TableDef table)
    {
        if (plan.XrefTable?.QualifiedName != table.QualifiedName)
        {
            return [];
        }

        return plan.All
            .Where(n => n.Kind == LakeNavigationKind.ExternalReference)
            .Select(n => View(
                n,
                $"{Markdown.Code(table.Name + "." + plan.Xref!.TargetColumn)} → {n.XrefKind} → {TableLink(n.Table)}",
                $"Written from {Markdown.Code(n.Table.Name)}'s side. Without the {Markdown.Code(plan.Xref!.TypeColumn)} filter, {Markdown.Code(plan.Xref!.TargetColumn)} would match ids of every kind of row."))
            .ToList();
    }

    /// <summary>For an xref target: its external reference for the default partner, and the xid columns that point at it.</summary>
    public IReadOnlyList<JoinView> Referrers(TableDef table)
    {
        var joins = Declared(table, LakeNavigationKind.ExternalReference)
            .Select(n => View(
                n,
                $"Its external reference (the xid) for partner {n.DefaultPartner!.Name} ({n.DefaultPartner.Value.ToString(CultureInfo.InvariantCulture)})",
                "One row per partner: without the partner filter a row of this table can match several references."))
            .ToList();
        foreach (var other in plan.All.Where(n => n.Kind == LakeNavigationKind.Xref && n.Target.QualifiedName == table.QualifiedName))
        {
            joins.Add(View(
                other,
                $"{TableLink(other.Table)} by {Markdown.Code(other.Table.Name + "." + other.SourceColumn)}, through {Markdown.Code(plan.Xref!.Table)}",
                $"Written from {Markdown.Code(other.Table.Name)}'s side, where the navigation is declared. No partner filter: the xid names one reference row."));
        }

        return joins;
    }

    private IEnumerable<LakeNavigation> Declared(TableDef table, LakeNavigationKind kind) =>
        plan.Of(table.QualifiedName).Where(n => n.Kind == kind);

    private string XrefNote(LakeNavigation navigation)
    {
        var column = navigation.Column!;
        var notes = new List<string>();
        if (column.Xref.Count > 1)
        {
            notes.Add($"{Markdown.Code(column.Name)} can point at {string.Join(" or ", column.Xref)}; the {Markdown.Code(plan.Xref!.TypeColumn)} filter keeps the {navigation.XrefKind} rows.");
        }

        if (column.Nullable)
        {
            notes.Add($"{Markdown.Code(column.Name)} is nullable.");
        }

        return string.Join(" ", notes);
    }

    private JoinView View(LakeNavigation navigation, string title, string note) =>
        new(title, NavigationSql.Render(navigation, plan, SqlDialect.Athena).Text, CSharpCall(navigation), note);

    // The generated call on a variable named by the table's initials (problem_logs -> pl).
    private string CSharpCall(LakeNavigation navigation)
    {
        var call = SqlAliases.Of(navigation.Table.Name) + "." + navigation.MethodName;
        if (navigation.Kind != LakeNavigationKind.ExternalReference)
        {
            return call + "()";
        }

        var partner = navigation.DefaultPartner!;
        return call + "(" + Naming.EnumTypeName(plan.PartnerEnum!) + "." + Naming.EnumMemberName(partner) + ")";
    }

    private string TableLink(TableDef table) => $"[{table.QualifiedName}]({PageLinks.ToTable(page, table)})";
}
