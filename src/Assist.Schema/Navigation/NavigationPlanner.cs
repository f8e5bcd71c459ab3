using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Navigation;

/// <summary>
/// Finds every navigation of every table: foreign keys both ways, xid columns per kind through the external references
/// table, and an external reference on every xref target. The generator makes methods of them and the data dictionary
/// shows their joins, so both read this one plan. References that do not resolve are skipped (the validator reports them).
/// </summary>
public static class NavigationPlanner
{
    /// <summary>The column a navigation joins on in <paramref name="table"/> when it is the target: its one-column key, else <c>id</c>.</summary>
    public static string KeyColumn(TableDef table) => table.PrimaryKey.Count == 1 ? table.PrimaryKey[0] : "id";

    /// <summary>Plans the navigations of <paramref name="schema"/>.</summary>
    public static NavigationPlan Plan(LakeSchema schema)
    {
        var tables = new Dictionary<string, TableDef>(StringComparer.Ordinal);
        var ordered = new List<TableDef>();
        foreach (var table in schema.Tables)
        {
            if (!tables.ContainsKey(table.QualifiedName))
            {
                tables.Add(table.QualifiedName, table);
                ordered.Add(table);
            }
        }

        var xref = schema.Xref;
        var xrefTable = xref is null ? null : Find(tables, xref.Table);
        var typeEnum = xrefTable is null ? null : schema.Enums.FirstOrDefault(e => e.Name == xref!.TypeEnum);
        var partnerEnum = xrefTable is null ? null : schema.Enums.FirstOrDefault(e => e.Name == xref!.PartnerEnum);
        var plan = new NavigationPlan(xrefTable is null ? null : xref, xrefTable, partnerEnum);
        foreach (var table in ordered)
        {
            foreach (var column in table.Columns)
            {
                PlanForeignKey(plan, tables, table, column);
                PlanXref(plan, tables, typeEnum, table, column);
            }
        }

        PlanExternalReferences(plan, tables, typeEnum);
        return plan;
    }

    private static void PlanForeignKey(NavigationPlan plan, Dictionary<string, TableDef> tables, TableDef table, ColumnDef column)
    {
        var cut = column.References?.LastIndexOf('.') ?? -1;
        var parent = cut < 0 ? null : Find(tables, column.References!.Substring(0, cut));
        if (parent is null)
        {
            return;
        }

        var parentColumn = column.References!.Substring(cut + 1);
        plan.Add(new LakeNavigation(
            LakeNavigationKind.ToOne, Naming.ToOneNavigationName(column), table, parent, column.Name, parentColumn, column,
            null, null, null, column.Nullable, column.Nullable, column.Span));
        plan.Add(new LakeNavigation(
            LakeNavigationKind.ToMany, Naming.ToManyNavigationName(table, column), parent, table, parentColumn, column.Name, column,
            null, null, null, false, false, column.Span));
    }

    private static void PlanXref(NavigationPlan plan, Dictionary<string, TableDef> tables, EnumDef? typeEnum, TableDef table, ColumnDef column)
    {
        var xref = plan.Xref;
        if (xref is null || column.Xref.Count == 0)
        {
            return;
        }

        foreach (var kind in column.Xref)
        {
            var targetName = xref.Targets.FirstOrDefault(t => t.Kind == kind)?.Table;
            var target = targetName is null ? null : Find(tables, targetName);
            var typeId = Code(typeEnum, kind);
            if (target is null || typeId is null)
            {
                continue;
            }

            // With several kinds, the id points at one of them: every other kind's navigation finds no row.
            plan.Add(new LakeNavigation(
                LakeNavigationKind.Xref, Naming.XrefNavigationName(column, kind), table, target, column.Name, KeyColumn(target), column,
                kind, typeId, null, true, column.Nullable || column.Xref.Count > 1, column.Span));
        }
    }

    private static void PlanExternalReferences(NavigationPlan plan, Dictionary<string, TableDef> tables, EnumDef? typeEnum)
    {
        var xref = plan.Xref;
        var partner = plan.PartnerEnum?.Values.FirstOrDefault(v => v.Name == xref?.DefaultPartner);
        if (xref is null || plan.XrefTable is null || partner is null)
        {
            return;
        }

        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in xref.Targets)
        {
            var table = Find(tables, target.Table);
            var typeId = Code(typeEnum, target.Kind);
            if (table is null || typeId is null || !planned.Add(table.QualifiedName))
            {
                continue;
            }

            plan.Add(new LakeNavigation(
                LakeNavigationKind.ExternalReference, Naming.ExternalReferenceNavigationName, table, plan.XrefTable, KeyColumn(table), xref.TargetColumn,
                null, target.Kind, typeId, partner, true, false, target.Span));
        }
    }

    private static TableDef? Find(Dictionary<string, TableDef> tables, string qualifiedName) =>
        tables.TryGetValue(qualifiedName, out var table) ? table : null;

    private static long? Code(EnumDef? enumeration, string valueName) =>
        enumeration?.Values.FirstOrDefault(v => v.Name == valueName)?.Value;
}
