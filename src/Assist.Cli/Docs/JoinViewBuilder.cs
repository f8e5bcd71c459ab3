using System.Globalization;
using Assist.Cli.Docs.Views;
using Assist.Schema;
using Assist.Schema.Model;

namespace Assist.Cli.Docs;

/// <summary>
/// Spells out how a table joins: along its foreign keys (both ways) and through external_references for xid columns
/// (both ways), as complete SQL a researcher can paste, next to the generated C# navigation.
/// </summary>
/// <param name="lake">The whole lake, to find the tables that point at a table.</param>
/// <param name="page">The page the joins are shown on, for relative links.</param>
internal sealed class JoinViewBuilder(LakeSchema lake, string page)
{
    private readonly IReadOnlyList<TableDef> _tables = lake.Tables.OrderBy(t => t.QualifiedName, StringComparer.Ordinal).ToList();

    /// <summary>Joins along the table's own foreign keys, to its parents.</summary>
    public IReadOnlyList<JoinView> Parents(TableDef table)
    {
        var alias = SqlAliases.Of(table.Name);
        var joins = new List<JoinView>();
        foreach (var column in table.Columns.Where(c => c.References is not null))
        {
            var (parent, key) = Resolve(column.References!);
            if (parent is null)
            {
                continue;
            }

            var parentAlias = SqlAliases.Distinct(parent.Name, alias, SqlAliases.Xref);
            joins.Add(new JoinView(
                $"{Markdown.Code(alias + "." + column.Name)} → {TableLink(parent)}",
                $"FROM {table.QualifiedName} {alias}\nJOIN {parent.QualifiedName} {parentAlias} ON {parentAlias}.{key} = {alias}.{column.Name}",
                $"{alias}.{Naming.ToOneNavigationName(column)}()",
                column.Nullable ? $"{Markdown.Code(column.Name)} is nullable: use LEFT JOIN to keep the rows that have none." : ""));
        }

        return joins;
    }

    /// <summary>Joins from the tables whose foreign keys point at this table.</summary>
    public IReadOnlyList<JoinView> Children(TableDef table)
    {
        var alias = SqlAliases.Of(table.Name);
        var joins = new List<JoinView>();
        foreach (var child in _tables)
        {
            foreach (var column in child.Columns.Where(c => c.References is not null))
            {
                var (parent, key) = Resolve(column.References!);
                if (parent is null || parent.QualifiedName != table.QualifiedName)
                {
                    continue;
                }

                var childAlias = SqlAliases.Distinct(child.Name, alias, SqlAliases.Xref);
                joins.Add(new JoinView(
                    $"{TableLink(child)} by {Markdown.Code(child.Name + "." + column.Name)}",
                    $"FROM {table.QualifiedName} {alias}\nJOIN {child.QualifiedName} {childAlias} ON {childAlias}.{column.Name} = {alias}.{key}",
                    $"{alias}.{Naming.ToManyNavigationName(child, column)}()",
                    "Many rows per row of this table; in C# the navigation is a query: .Count(), .Any(...), .Sum(...)."));
            }
        }

        return joins;
    }

    /// <summary>Joins along the table's xid columns, through external_references to each kind's target.</summary>
    public IReadOnlyList<JoinView> Xrefs(TableDef table)
    {
        var xref = lake.Xref;
        if (xref is null)
        {
            return [];
        }

        var alias = SqlAliases.Of(table.Name);
        var joins = new List<JoinView>();
        foreach (var column in table.Columns.Where(c => c.Xref.Count > 0))
        {
            foreach (var kind in column.Xref)
            {
                var target = TargetOf(kind);
                if (target is null)
                {
                    continue;
                }

                var targetAlias = SqlAliases.Distinct(target.Name, alias, SqlAliases.Xref);
                var notes = new List<string>();
                if (column.Xref.Count > 1)
                {
                    notes.Add($"{Markdown.Code(column.Name)} can point at {string.Join(" or ", column.Xref)}; the xref_type_id filter keeps the {kind} rows.");
                }

                if (column.Nullable)
                {
                    notes.Add($"{Markdown.Code(column.Name)} is nullable: use LEFT JOINs to keep the rows that have none.");
                }

                joins.Add(new JoinView(
                    $"{Markdown.Code(alias + "." + column.Name)} → {kind} → {TableLink(target)}, through {Markdown.Code(xref.Table)}",
                    $"FROM {table.QualifiedName} {alias}\n" +
                    $"JOIN {xref.Table} {SqlAliases.Xref} ON {SqlAliases.Xref}.{xref.IdColumn} = {alias}.{column.Name} AND {TypeFilter(kind)}\n" +
                    $"JOIN {target.QualifiedName} {targetAlias} ON {targetAlias}.{KeyOf(target)} = {SqlAliases.Xref}.{xref.TargetColumn}",
                    $"{alias}.{Naming.XrefNavigationName(column, kind)}()",
                    string.Join(" ", notes)));
            }
        }

        return joins;
    }

    /// <summary>For the external references table itself: from a reference to the row it names, one join per kind.</summary>
    public IReadOnlyList<JoinView> Targets(TableDef table)
    {
        var xref = lake.Xref;
        if (xref is null || xref.Table != table.QualifiedName)
        {
            return [];
        }

        var alias = SqlAliases.Of(table.Name);
        var joins = new List<JoinView>();
        foreach (var kind in xref.Targets.Select(t => t.Kind))
        {
            var target = TargetOf(kind);
            if (target is null)
            {
                continue;
            }

            var targetAlias = SqlAliases.Distinct(target.Name, alias);
            joins.Add(new JoinView(
                $"{Markdown.Code(alias + "." + xref.TargetColumn)} → {kind} → {TableLink(target)}",
                $"FROM {table.QualifiedName} {alias}\n" +
                $"JOIN {target.QualifiedName} {targetAlias} ON {targetAlias}.{KeyOf(target)} = {alias}.{xref.TargetColumn}\n" +
                $"WHERE {TypeFilter(kind).Replace(SqlAliases.Xref + ".", alias + ".", StringComparison.Ordinal)}",
                "",
                "Without the kind filter, target_id would match ids of every kind of row."));
        }

        return joins;
    }

    /// <summary>For an xref target: its external reference for the default partner, and the xid columns that point at it.</summary>
    public IReadOnlyList<JoinView> Referrers(TableDef table)
    {
        var xref = lake.Xref;
        var kind = xref?.Targets.FirstOrDefault(t => t.Table == table.QualifiedName)?.Kind;
        if (xref is null || kind is null)
        {
            return [];
        }

        var alias = SqlAliases.Of(table.Name);
        var key = KeyOf(table);
        var partner = lake.FindEnum(xref.PartnerEnum)?.Values.FirstOrDefault(v => v.Name == xref.DefaultPartner);
        var joins = new List<JoinView>();
        if (partner is not null)
        {
            var partnerEnum = lake.FindEnum(xref.PartnerEnum)!;
            joins.Add(new JoinView(
                $"Its external reference (the xid) for partner {partner.Name} ({partner.Value.ToString(CultureInfo.InvariantCulture)})",
                $"FROM {table.QualifiedName} {alias}\n" +
                $"JOIN {xref.Table} {SqlAliases.Xref} ON {SqlAliases.Xref}.{xref.TargetColumn} = {alias}.{key} AND {TypeFilter(kind)}\n" +
                $"  AND {SqlAliases.Xref}.{xref.PartnerColumn} = {partner.Value.ToString(CultureInfo.InvariantCulture)} -- {partner.Name}",
                $"{alias}.{Naming.ExternalReferenceNavigationName}({Naming.EnumTypeName(partnerEnum)}.{Naming.EnumMemberName(partner)})",
                "One row per partner: without the partner filter a row of this table can match several references."));
        }

        foreach (var other in _tables)
        {
            foreach (var column in other.Columns.Where(c => c.Xref.Contains(kind, StringComparer.Ordinal)))
            {
                var otherAlias = SqlAliases.Distinct(other.Name, alias, SqlAliases.Xref);
                joins.Add(new JoinView(
                    $"{TableLink(other)} by {Markdown.Code(other.Name + "." + column.Name)}, through {Markdown.Code(xref.Table)}",
                    $"FROM {table.QualifiedName} {alias}\n" +
                    $"JOIN {xref.Table} {SqlAliases.Xref} ON {SqlAliases.Xref}.{xref.TargetColumn} = {alias}.{key} AND {TypeFilter(kind)}\n" +
                    $"JOIN {other.QualifiedName} {otherAlias} ON {otherAlias}.{column.Name} = {SqlAliases.Xref}.{xref.IdColumn}",
                    "",
                    $"No partner filter: the xid names one reference row. C#, from the other side: {Markdown.Code(otherAlias + "." + Naming.XrefNavigationName(column, kind) + "()")}."));
            }
        }

        return joins;
    }

    private string TypeFilter(string kind)
    {
        var xref = lake.Xref!;
        var value = lake.FindEnum(xref.TypeEnum)?.Values.FirstOrDefault(v => v.Name == kind);
        var number = value is null ? "?" : value.Value.ToString(CultureInfo.InvariantCulture);
        return $"{SqlAliases.Xref}.{xref.TypeColumn} = {number} -- {kind}";
    }

    private TableDef? TargetOf(string kind)
    {
        var table = lake.Xref?.Targets.FirstOrDefault(t => t.Kind == kind)?.Table;
        return table is null ? null : lake.FindTable(table);
    }

    private (TableDef? Table, string Column) Resolve(string reference)
    {
        var dot = reference.LastIndexOf('.');
        return dot < 0 ? (null, "") : (lake.FindTable(reference[..dot]), reference[(dot + 1)..]);
    }

    private static string KeyOf(TableDef table) => table.PrimaryKey.Count == 1 ? table.PrimaryKey[0] : "id";

    private string TableLink(TableDef table) => $"[{table.QualifiedName}]({PageLinks.ToTable(page, table)})";
}
