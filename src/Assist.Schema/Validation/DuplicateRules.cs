using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Validation;

/// <summary>Duplicate names among siblings, and names that differ only by letter case (Athena lower-cases them).</summary>
internal static class DuplicateRules
{
    public static void Check(ValidationContext context)
    {
        var schema = context.Schema;
        Siblings(context, schema.Catalogs.Select(c => (c.Name, c.Span)), DiagnosticCodes.DuplicateCatalog, "catalog");
        Siblings(context, schema.Enums.Select(e => (e.Name, e.Span)), DiagnosticCodes.DuplicateEnum, "enumeration");
        foreach (var catalog in schema.Catalogs)
        {
            Siblings(context, catalog.Schemas.Select(s => (s.Name, s.Span)), DiagnosticCodes.DuplicateSchema, "schema of catalog '" + catalog.Name + "'");
            foreach (var s in catalog.Schemas)
            {
                Siblings(context, s.Tables.Select(t => (t.Name, t.Span)), DiagnosticCodes.DuplicateTable, "table of " + catalog.Name + "." + s.Name);
            }
        }

        foreach (var table in schema.Tables)
        {
            Siblings(context, table.Columns.Select(c => (c.Name, c.ValueSpans.At("name", c.Span))), DiagnosticCodes.DuplicateColumn, "column of table '" + table.QualifiedName + "'");
        }

        foreach (var enumeration in schema.Enums)
        {
            Siblings(context, enumeration.Values.Select(v => (v.Name, v.ValueSpans.At("name", v.Span))), DiagnosticCodes.DuplicateEnumValueName, "value name of enumeration '" + enumeration.Name + "'");
            var numbers = new Dictionary<long, EnumValueDef>();
            foreach (var value in enumeration.Values)
            {
                if (numbers.TryGetValue(value.Value, out var first))
                {
                    context.Error(DiagnosticCodes.DuplicateEnumValue, "enumeration '" + enumeration.Name + "' has the value " + value.Value + " twice ('" + first.Name + "' at " + first.Span + " and '" + value.Name + "')", value.Span);
                }
                else
                {
                    numbers[value.Value] = value;
                }
            }
        }
    }

    /// <summary>Reports every repeat of a name (exact: <paramref name="code"/>; by case only: AS0405) at the later one.</summary>
    private static void Siblings(ValidationContext context, IEnumerable<(string Name, SourceSpan Span)> names, string code, string what)
    {
        var exact = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var folded = new Dictionary<string, (string Name, SourceSpan Span)>(StringComparer.Ordinal);
        foreach (var (name, span) in names)
        {
            if (exact.TryGetValue(name, out var first))
            {
                context.Error(code, "duplicate " + what + " '" + name + "' (first declared at " + first + ")", span);
                continue;
            }

            exact[name] = span;
            var key = name.ToLowerInvariant();
            if (folded.TryGetValue(key, out var other))
            {
                context.Error(DiagnosticCodes.CaseOnlyDifference, what + " '" + name + "' differs from '" + other.Name + "' (at " + other.Span + ") only by case; Athena lower-cases names, so they are the same", span);
            }
            else
            {
                folded[key] = (name, span);
            }
        }
    }
}
