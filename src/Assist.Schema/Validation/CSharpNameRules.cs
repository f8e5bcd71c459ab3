using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Validation;

/// <summary>
/// The C# names the generator would emit (via <see cref="Naming"/>) must not collide: properties, navigations,
/// entities, table sources, schema and catalog properties, enum types and members.
/// </summary>
internal static class CSharpNameRules
{
    public static void Check(ValidationContext context)
    {
        var schema = context.Schema;
        Distinct(context, schema.Catalogs.Select(c => (c.Name, Naming.CatalogPropertyName(c), c.Span)), "catalogs", "the Lake property");
        foreach (var catalog in schema.Catalogs)
        {
            Distinct(context, catalog.Schemas.Select(s => (s.Name, Naming.SchemaPropertyName(s), s.Span)), "schemas of " + catalog.Name, "the property");
            foreach (var s in catalog.Schemas)
            {
                Distinct(context, s.Tables.Select(t => (t.Name, Naming.EntityName(t), t.ValueSpans.At("entity", t.Span))), "tables of " + catalog.Name + "." + s.Name, "the entity class");
                Distinct(context, s.Tables.Select(t => (t.Name, Naming.TableSourceName(t), t.Span)), "tables of " + catalog.Name + "." + s.Name, "the table source");
            }
        }

        Distinct(context, schema.Enums.Select(e => (e.Name, Naming.EnumTypeName(e), e.Span)), "enumerations", "the C# enum");
        foreach (var enumeration in schema.Enums)
        {
            if (Naming.EnumTypeName(enumeration) == "Lake")
            {
                context.Error(DiagnosticCodes.CSharpNameCollision, "enumeration '" + enumeration.Name + "' would generate the C# enum Lake, which is the name of the generated root class; rename it", enumeration.Span);
            }

            Distinct(context, enumeration.Values.Select(v => (v.Name, Naming.EnumMemberName(v), v.ValueSpans.At("name", v.Span))), "values of enumeration " + enumeration.Name, "the enum member");
        }

        foreach (var table in schema.Tables)
        {
            CheckOverrides(context, table);
        }

        var members = EntityMembers.Collect(context);
        foreach (var table in schema.Tables)
        {
            CheckEntity(context, table, members[table]);
        }
    }

    private static void CheckOverrides(ValidationContext context, TableDef table)
    {
        if (table.Entity is not null && !Naming.IsValidIdentifier(table.Entity))
        {
            context.Error(DiagnosticCodes.InvalidCSharpName, "entity '" + table.Entity + "' of table '" + table.Name + "' is not a C# identifier; write a PascalCase name such as ProblemLog", table.ValueSpans.At("entity", table.Span));
        }

        foreach (var column in table.Columns)
        {
            foreach (var (key, value) in new[] { ("navigation", column.Navigation), ("inverse_navigation", column.InverseNavigation) })
            {
                if (value is not null && !Naming.IsValidIdentifier(value))
                {
                    context.Error(DiagnosticCodes.InvalidCSharpName, key + " '" + value + "' of column '" + column.Name + "' is not a C# identifier; write a PascalCase name such as AssignmentLog", column.ValueSpans.At(key, column.Span));
                }
            }
        }
    }

    private static void CheckEntity(ValidationContext context, TableDef table, List<EntityMember> navigations)
    {
        var entity = Naming.EntityName(table);
        var properties = new Dictionary<string, ColumnDef>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            var property = Naming.PropertyName(column);
            var span = column.ValueSpans.At("name", column.Span);
            if (property == entity)
            {
                context.Error(DiagnosticCodes.MemberNamedAsEntity, "column '" + column.Name + "' would become property " + property + " of entity " + entity + ", and C# forbids a member named like its class; set entity: on table '" + table.Name + "'", span);
            }

            if (properties.TryGetValue(property, out var first))
            {
                // Exact and case-only repeats already have their own diagnostics.
                if (!string.Equals(first.Name, column.Name, StringComparison.OrdinalIgnoreCase))
                {
                    context.Error(DiagnosticCodes.CSharpNameCollision, "columns '" + first.Name + "' and '" + column.Name + "' of table '" + table.Name + "' both become property " + entity + "." + property + "; rename one", span);
                }
            }
            else
            {
                properties[property] = column;
            }
        }

        var seen = new Dictionary<string, EntityMember>(StringComparer.Ordinal);
        foreach (var navigation in navigations)
        {
            if (properties.TryGetValue(navigation.Name, out var column))
            {
                context.Error(DiagnosticCodes.NavigationPropertyCollision, navigation.Describe + " would be named " + navigation.Name + "(), like the property of column '" + column.Name + "' of " + entity + "; set " + navigation.OverrideKey + " on " + navigation.Owner, navigation.Span);
            }
            else if (navigation.Name == entity)
            {
                context.Error(DiagnosticCodes.MemberNamedAsEntity, navigation.Describe + " would be named " + navigation.Name + "(), like its entity class, which C# forbids; set " + navigation.OverrideKey + " on " + navigation.Owner, navigation.Span);
            }
            else if (seen.TryGetValue(navigation.Name, out var first))
            {
                context.Error(DiagnosticCodes.DuplicateNavigation, "two navigations of " + entity + " are named " + navigation.Name + "(): " + first.Describe + " and " + navigation.Describe + "; set " + navigation.OverrideKey + " on " + navigation.Owner, navigation.Span);
            }
            else
            {
                seen[navigation.Name] = navigation;
            }
        }
    }

    /// <summary>Reports the later of two different names that give one C# name.</summary>
    private static void Distinct(ValidationContext context, IEnumerable<(string Name, string CSharp, SourceSpan Span)> names, string what, string generated)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, csharp, span) in names)
        {
            if (seen.TryGetValue(csharp, out var first))
            {
                if (!string.Equals(first, name, StringComparison.OrdinalIgnoreCase))
                {
                    context.Error(DiagnosticCodes.CSharpNameCollision, "'" + first + "' and '" + name + "' (" + what + ") both generate " + generated + " " + csharp + "; rename one" + (generated == "the entity class" ? " or set entity:" : ""), span);
                }
            }
            else
            {
                seen[csharp] = name;
            }
        }
    }
}
