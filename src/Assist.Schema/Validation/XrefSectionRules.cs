using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Validation;

/// <summary>The lake file's <c>xref</c> section: its table, columns, enumerations, default partner and targets.</summary>
internal static class XrefSectionRules
{
    public static void Check(ValidationContext context)
    {
        var xref = context.Schema.Xref;
        if (xref is null)
        {
            return;
        }

        var table = context.Table(xref.Table);
        if (table is null)
        {
            context.Error(DiagnosticCodes.XrefTableMissing, "the xref table '" + xref.Table + "' is not declared by any schema file;" + Suggestions.DidYouMean(xref.Table, context.TableNames), xref.ValueSpans.At("table", xref.Span));
        }
        else
        {
            Column(context, xref, table, "id_column", xref.IdColumn);
            Column(context, xref, table, "target_column", xref.TargetColumn);
            Column(context, xref, table, "type_column", xref.TypeColumn);
            Column(context, xref, table, "partner_column", xref.PartnerColumn);
        }

        var kinds = Enumeration(context, xref, "type_enum", xref.TypeEnum);
        var partners = Enumeration(context, xref, "partner_enum", xref.PartnerEnum);
        if (partners is not null && partners.Values.All(v => v.Name != xref.DefaultPartner))
        {
            context.Error(DiagnosticCodes.UnknownDefaultPartner, "default_partner '" + xref.DefaultPartner + "' is not a value of enumeration '" + partners.Name + "';" + Suggestions.DidYouMean(xref.DefaultPartner, partners.Values.Select(v => v.Name)), xref.ValueSpans.At("default_partner", xref.Span));
        }

        foreach (var target in xref.Targets)
        {
            if (kinds is not null && kinds.Values.All(v => v.Name != target.Kind))
            {
                context.Error(DiagnosticCodes.UnknownXrefKind, "xref target kind '" + target.Kind + "' is not a value of enumeration '" + kinds.Name + "';" + Suggestions.DidYouMean(target.Kind, kinds.Values.Select(v => v.Name)), target.Span);
            }

            if (context.Table(target.Table) is null)
            {
                context.Error(DiagnosticCodes.XrefTargetTableMissing, "the target table '" + target.Table + "' of xref kind '" + target.Kind + "' is not declared by any schema file;" + Suggestions.DidYouMean(target.Table, context.TableNames), target.ValueSpans.At("table", target.Span));
            }
        }
    }

    private static void Column(ValidationContext context, XrefDef xref, TableDef table, string key, string name)
    {
        if (ValidationContext.Column(table, name) is null)
        {
            context.Error(DiagnosticCodes.XrefColumnMissing, "xref " + key + " '" + name + "' is not a column of " + table.QualifiedName + ";" + Suggestions.DidYouMean(name, table.Columns.Select(c => c.Name)), xref.ValueSpans.At(key, xref.Span));
        }
    }

    private static EnumDef? Enumeration(ValidationContext context, XrefDef xref, string key, string name)
    {
        var enumeration = context.Enum(name);
        if (enumeration is null)
        {
            context.Error(DiagnosticCodes.UnknownEnum, "xref " + key + " '" + name + "' names no declared enumeration;" + Suggestions.DidYouMean(name, context.EnumNames), xref.ValueSpans.At(key, xref.Span));
        }

        return enumeration;
    }
}
