using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Validation;

/// <summary>Column-level links: foreign keys (<c>references</c>), xrefs and enumerations.</summary>
internal static class ReferenceRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var table in context.Schema.Tables)
        {
            foreach (var column in table.Columns)
            {
                if (column.References is not null)
                {
                    CheckReference(context, column);
                }

                if (column.Xref.Count > 0)
                {
                    CheckXref(context, column);
                }

                if (column.Enum is not null)
                {
                    CheckEnum(context, column);
                }
            }
        }
    }

    /// <summary>The column a well-formed, resolvable <c>references</c> points at, or null.</summary>
    public static (TableDef Table, ColumnDef Column)? Target(ValidationContext context, ColumnDef column)
    {
        var parts = column.References?.Split('.');
        if (parts is null || parts.Length != 4 || parts.Any(p => p.Length == 0))
        {
            return null;
        }

        var table = context.Table(parts[0] + "." + parts[1] + "." + parts[2]);
        var target = table is null ? null : ValidationContext.Column(table, parts[3]);
        return table is null || target is null ? null : (table, target);
    }

    private static void CheckReference(ValidationContext context, ColumnDef column)
    {
        var span = column.ValueSpans.At("references", column.Span);
        var parts = column.References!.Split('.');
        if (parts.Length != 4 || parts.Any(p => p.Length == 0))
        {
            context.Error(DiagnosticCodes.ReferenceFormat, "references '" + column.References + "' of column '" + column.Name + "' must be catalog.schema.table.column", span);
            return;
        }

        var tableName = parts[0] + "." + parts[1] + "." + parts[2];
        var table = context.Table(tableName);
        if (table is null)
        {
            context.Error(DiagnosticCodes.ReferenceTableMissing, "column '" + column.Name + "' references table '" + tableName + "', which no schema file declares;" + Suggestions.DidYouMean(tableName, context.TableNames), span);
            return;
        }

        var target = ValidationContext.Column(table, parts[3]);
        if (target is null)
        {
            context.Error(DiagnosticCodes.ReferenceColumnMissing, "column '" + column.Name + "' references '" + column.References + "', but table '" + tableName + "' has no column '" + parts[3] + "';" + Suggestions.DidYouMean(parts[3], table.Columns.Select(c => c.Name)), span);
            return;
        }

        if (column.Type is not null && target.Type is not null && !column.Type.Equals(target.Type))
        {
            context.Error(DiagnosticCodes.ReferenceTypeMismatch, "column '" + column.Name + "' is " + column.Type + " but references " + column.References + ", which is " + target.Type + "; a join would compare different types", span);
        }
    }

    private static void CheckXref(ValidationContext context, ColumnDef column)
    {
        var span = column.ValueSpans.At("xref", column.Span);
        if (column.References is not null)
        {
            context.Error(DiagnosticCodes.ReferenceAndXref, "column '" + column.Name + "' has both references and xref; an id is either a row id (references) or an external_references id (xref)", span);
        }

        if (column.Type is not null && column.Type.Kind != SqlTypeKind.Bigint)
        {
            context.Error(DiagnosticCodes.XrefColumnType, "xref column '" + column.Name + "' is " + column.Type + "; it holds external_references.id, which is bigint", column.ValueSpans.At("type", column.Span));
        }

        var xref = context.Schema.Xref;
        if (xref is null)
        {
            context.Error(DiagnosticCodes.XrefSectionMissing, "column '" + column.Name + "' uses xref, but no lake file declares the xref section that says how xids resolve", span);
            return;
        }

        var kinds = context.Enum(xref.TypeEnum);
        if (kinds is null)
        {
            return;
        }

        for (var i = 0; i < column.Xref.Count; i++)
        {
            var kind = column.Xref[i];
            var kindSpan = column.ValueSpans.At("xref[" + i + "]", span);
            if (kinds.Values.All(v => v.Name != kind))
            {
                context.Error(DiagnosticCodes.UnknownXrefKind, "xref kind '" + kind + "' of column '" + column.Name + "' is not a value of enumeration '" + kinds.Name + "';" + Suggestions.DidYouMean(kind, kinds.Values.Select(v => v.Name)), kindSpan);
            }
            else if (xref.Targets.All(t => t.Kind != kind))
            {
                context.Error(DiagnosticCodes.XrefKindWithoutTarget, "xref kind '" + kind + "' of column '" + column.Name + "' has no target table; add it under xref.targets in the lake file", kindSpan);
            }
        }
    }

    private static void CheckEnum(ValidationContext context, ColumnDef column)
    {
        var span = column.ValueSpans.At("enum", column.Span);
        if (context.Enum(column.Enum!) is null)
        {
            context.Error(DiagnosticCodes.UnknownEnum, "column '" + column.Name + "' takes values from enumeration '" + column.Enum + "', which no enumerations file declares;" + Suggestions.DidYouMean(column.Enum!, context.EnumNames), span);
            return;
        }

        var kind = column.Type?.Kind;
        if (kind is not null && kind != SqlTypeKind.Integer && kind != SqlTypeKind.Bigint)
        {
            context.Error(DiagnosticCodes.EnumColumnType, "enum column '" + column.Name + "' is " + column.Type + "; an enumeration's codes are integer or bigint", span);
        }
    }
}
