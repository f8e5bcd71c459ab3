using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Validation;

/// <summary>A navigation method the generator adds to an entity, with where to report a clash and how to fix it.</summary>
/// <param name="Name">The method name.</param>
/// <param name="Describe">"the foreign key assignment_log_id" ... for messages.</param>
/// <param name="OverrideKey">The YAML key that renames it (<c>navigation</c> or <c>inverse_navigation</c>).</param>
/// <param name="Owner">Where that key goes, for messages.</param>
/// <param name="Span">Where to report.</param>
internal sealed record EntityMember(string Name, string Describe, string OverrideKey, string Owner, SourceSpan Span);

/// <summary>Collects every entity's navigations exactly as the generator emits them (docs/generated-api.md).</summary>
internal static class EntityMembers
{
    public static Dictionary<TableDef, List<EntityMember>> Collect(ValidationContext context)
    {
        var members = new Dictionary<TableDef, List<EntityMember>>(ReferenceComparer<TableDef>.Instance);
        foreach (var table in context.Schema.Tables)
        {
            members[table] = new List<EntityMember>();
        }

        foreach (var table in context.Schema.Tables)
        {
            foreach (var column in table.Columns)
            {
                var owner = "column '" + column.Name + "' of " + table.QualifiedName;
                var navigationSpan = column.ValueSpans.At("navigation", column.ValueSpans.At("name", column.Span));
                var target = ReferenceRules.Target(context, column);
                if (target is not null)
                {
                    members[table].Add(new EntityMember(Naming.ToOneNavigationName(column), "the foreign key navigation of '" + column.Name + "'", "navigation", owner, navigationSpan));
                    var inverseSpan = column.ValueSpans.At("inverse_navigation", column.ValueSpans.At("references", column.Span));
                    if (members.TryGetValue(target.Value.Table, out var parent))
                    {
                        parent.Add(new EntityMember(Naming.ToManyNavigationName(table, column), "the reverse navigation of " + table.Name + "." + column.Name, "inverse_navigation", owner, inverseSpan));
                    }
                }

                AddXrefNavigations(context, table, column, owner, navigationSpan, members[table]);
            }
        }

        foreach (var xrefTarget in context.Schema.Xref?.Targets ?? new List<XrefTargetDef>())
        {
            var table = context.Table(xrefTarget.Table);
            if (table is not null && members[table].TrueForAll(m => m.Name != Naming.ExternalReferenceNavigationName))
            {
                members[table].Add(new EntityMember(Naming.ExternalReferenceNavigationName, "the ExternalReference(partner) navigation of an xref target", "navigation", "the clashing column", xrefTarget.ValueSpans.At("table", xrefTarget.Span)));
            }
        }

        return members;
    }

    private static void AddXrefNavigations(ValidationContext context, TableDef table, ColumnDef column, string owner, SourceSpan span, List<EntityMember> into)
    {
        var xref = context.Schema.Xref;
        if (xref is null || column.References is not null)
        {
            return;
        }

        foreach (var kind in column.Xref)
        {
            if (xref.Targets.Any(t => t.Kind == kind && context.Table(t.Table) is not null))
            {
                into.Add(new EntityMember(Naming.XrefNavigationName(column, kind), "the xref navigation of '" + column.Name + "' to " + kind, "navigation", owner, span));
            }
        }
    }
}
