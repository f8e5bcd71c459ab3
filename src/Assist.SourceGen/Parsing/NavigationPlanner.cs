using System;
using System.Collections.Generic;
using System.Globalization;
using Assist.Schema;
using Assist.Schema.Model;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Parsing;

/// <summary>
/// Finds every navigation of every table: foreign keys both ways, xid columns per kind, and ExternalReference on
/// every xref target. References that do not resolve are skipped (the validator reports them).
/// </summary>
internal sealed class NavigationPlanner
{
    private readonly LakeIndex _index;
    private readonly Dictionary<string, List<PlannedNavigation>> _byTable = new Dictionary<string, List<PlannedNavigation>>(StringComparer.Ordinal);

    private NavigationPlanner(LakeIndex index) => _index = index;

    /// <summary>The navigations of each table, keyed by qualified table name, in a stable order.</summary>
    public static Dictionary<string, List<PlannedNavigation>> Plan(LakeIndex index)
    {
        var planner = new NavigationPlanner(index);
        foreach (var table in index.Tables)
        {
            foreach (var column in table.Columns)
            {
                planner.PlanForeignKey(table, column);
                planner.PlanXref(table, column);
            }
        }

        planner.PlanExternalReferences();
        return planner._byTable;
    }

    private void PlanForeignKey(TableDef table, ColumnDef column)
    {
        if (column.References is null)
        {
            return;
        }

        var cut = column.References.LastIndexOf('.');
        var parent = cut < 0 ? null : _index.FindTable(column.References.Substring(0, cut));
        if (parent is null)
        {
            return;
        }

        var parentColumn = column.References.Substring(cut + 1);
        var childType = _index.EntityType(table);
        var parentType = _index.EntityType(parent);
        var join = table.QualifiedName + "." + column.Name + " = " + parent.QualifiedName + "." + parentColumn;
        Add(table, column.Span, new NavigationSpec(
            NavigationSpecKind.ToOne,
            Naming.ToOneNavigationName(column),
            parentType,
            column.Nullable ? parentType + "?" : parentType,
            column.Name,
            parentColumn,
            null,
            null,
            column.Nullable,
            null,
            column.Nullable
                ? "The " + parent.Name + " row this row's " + column.Name + " points at, or null when " + column.Name + " is null."
                : "The " + parent.Name + " row this row's " + column.Name + " points at.",
            (column.Nullable ? "LEFT JOIN " : "JOIN ") + parent.QualifiedName + " ON " + join));

        Add(parent, column.Span, new NavigationSpec(
            NavigationSpecKind.ToMany,
            Naming.ToManyNavigationName(table, column),
            childType,
            "global::System.Collections.Generic.IEnumerable<" + childType + ">",
            parentColumn,
            column.Name,
            null,
            null,
            false,
            null,
            "The " + table.Name + " rows whose " + column.Name + " points at this row (use inside a query: Count, Any, Sum ...).",
            "correlated " + table.QualifiedName + " WHERE " + join));
    }

    private void PlanXref(TableDef table, ColumnDef column)
    {
        var xref = _index.Schema.Xref;
        if (xref is null || column.Xref.Count == 0)
        {
            return;
        }

        foreach (var kind in column.Xref)
        {
            var target = FindTarget(xref, kind);
            var typeId = _index.EnumValue(xref.TypeEnum, kind);
            if (target is null || typeId is null)
            {
                continue;
            }

            var targetType = _index.EntityType(target);
            var targetKey = LakeIndex.KeyColumn(target);
            var typeIdText = typeId.Value.ToString(CultureInfo.InvariantCulture);

            // With several kinds, the id points at one of them: every other kind's navigation finds no row.
            var canBeMissing = column.Nullable || column.Xref.Count > 1;
            Add(table, column.Span, new NavigationSpec(
                NavigationSpecKind.Xref,
                Naming.XrefNavigationName(column, kind),
                targetType,
                canBeMissing ? targetType + "?" : targetType,
                column.Name,
                targetKey,
                typeId,
                null,
                true,
                null,
                "The " + target.Name + " row (xref kind " + kind + ") that " + column.Name + " refers to through " + xref.Table
                    + (canBeMissing ? ", or null when " + column.Name + " is null or refers to another kind." : "."),
                "LEFT JOIN " + xref.Table + " x ON x." + xref.IdColumn + " = " + table.QualifiedName + "." + column.Name
                    + " AND x." + xref.TypeColumn + " = " + typeIdText + " (" + kind + ")"
                    + " LEFT JOIN " + target.QualifiedName + " ON " + target.QualifiedName + "." + targetKey + " = x." + xref.TargetColumn));
        }
    }

    private void PlanExternalReferences()
    {
        var xref = _index.Schema.Xref;
        var xrefTable = xref is null ? null : _index.FindTable(xref.Table);
        if (xref is null || xrefTable is null)
        {
            return;
        }

        var partnerMember = _index.EnumMember(xref.PartnerEnum, xref.DefaultPartner);
        var partnerId = _index.EnumValue(xref.PartnerEnum, xref.DefaultPartner);
        var partnerEnum = _index.FindEnum(xref.PartnerEnum);
        if (partnerMember is null || partnerId is null || partnerEnum is null)
        {
            return;
        }

        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in xref.Targets)
        {
            var table = _index.FindTable(target.Table);
            var typeId = _index.EnumValue(xref.TypeEnum, target.Kind);
            if (table is null || typeId is null || !planned.Add(table.QualifiedName))
            {
                continue;
            }

            var key = LakeIndex.KeyColumn(table);
            var xrefType = _index.EntityType(xrefTable);
            Add(table, target.Span, new NavigationSpec(
                NavigationSpecKind.ExternalReference,
                Naming.ExternalReferenceNavigationName,
                xrefType,
                xrefType,
                key,
                xref.TargetColumn,
                typeId,
                partnerId,
                true,
                _index.EnumType(partnerEnum) + " partner = " + partnerMember,
                "This row's " + xrefTable.Name + " row for a partner (default " + xref.DefaultPartner + ", partner "
                    + partnerId.Value.ToString(CultureInfo.InvariantCulture) + "). Inside a query its columns are NULL when the partner has none.",
                "LEFT JOIN " + xref.Table + " x ON x." + xref.TargetColumn + " = " + table.QualifiedName + "." + key
                    + " AND x." + xref.TypeColumn + " = " + typeId.Value.ToString(CultureInfo.InvariantCulture) + " (" + target.Kind + ")"
                    + " AND x." + xref.PartnerColumn + " = partner"));
        }
    }

    private TableDef? FindTarget(XrefDef xref, string kind)
    {
        foreach (var target in xref.Targets)
        {
            if (target.Kind == kind)
            {
                return _index.FindTable(target.Table);
            }
        }

        return null;
    }

    private void Add(TableDef table, SourceSpan origin, NavigationSpec navigation)
    {
        if (!_byTable.TryGetValue(table.QualifiedName, out var list))
        {
            list = new List<PlannedNavigation>();
            _byTable.Add(table.QualifiedName, list);
        }

        list.Add(new PlannedNavigation(navigation, origin));
    }
}
