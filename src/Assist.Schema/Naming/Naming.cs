using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>
/// The C# names generated for the lake (docs/generated-api.md). The generator, the docs and the validator's
/// collision checks all call these, so a name the validator accepts is the name the generator emits.
/// </summary>
public static class Naming
{
    /// <summary><c>problem_logs</c> -> <c>ProblemLogs</c>, <c>t_setting</c> -> <c>TSetting</c>. A result that would start with a digit gets a leading <c>_</c>.</summary>
    public static string PascalCase(string snake)
    {
        var builder = new StringBuilder(snake.Length);
        foreach (var part in snake.Split('_'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(part[0]));
            builder.Append(part, 1, part.Length - 1);
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return EscapeKeyword(builder.ToString());
    }

    /// <summary>The entity class: the table's <c>entity:</c> override, else the singular of its PascalCase (<c>problem_logs</c> -> <c>ProblemLog</c>).</summary>
    public static string EntityName(TableDef table)
    {
        if (!string.IsNullOrEmpty(table.Entity))
        {
            return EscapeKeyword(table.Entity!);
        }

        // Only the last word is plural in a snake name (principal_group_memberships).
        var cut = table.Name.LastIndexOf('_');
        var head = cut < 0 ? "" : table.Name.Substring(0, cut + 1);
        var last = cut < 0 ? table.Name : table.Name.Substring(cut + 1);
        return PascalCase(head + Singular(last));
    }

    /// <summary>The table source property: PascalCase of the table name (<c>ProblemLogs</c>, <c>TSetting</c>).</summary>
    public static string TableSourceName(TableDef table) => PascalCase(table.Name);

    /// <summary>The entity property of a column (<c>hint_count</c> -> <c>HintCount</c>).</summary>
    public static string PropertyName(ColumnDef column) => PascalCase(column.Name);

    /// <summary>The property of <c>Lake</c> for a catalog (<c>cas_core</c> -> <c>CasCore</c>).</summary>
    public static string CatalogPropertyName(CatalogDef catalog) => PascalCase(catalog.Name);

    /// <summary>The nested class holding a catalog's schemas (<c>CasCoreCatalog</c>).</summary>
    public static string CatalogClassName(CatalogDef catalog) => PascalCase(catalog.Name) + "Catalog";

    /// <summary>The property of a catalog class for a schema (<c>student_data</c> -> <c>StudentData</c>).</summary>
    public static string SchemaPropertyName(SchemaDef schema) => PascalCase(schema.Name);

    /// <summary>The nested class holding a schema's table sources (<c>StudentDataSchema</c>).</summary>
    public static string SchemaClassName(SchemaDef schema) => PascalCase(schema.Name) + "Schema";

    /// <summary>The namespace of a table's entity below the root namespace: <c>CasCore.StudentData</c>.</summary>
    public static string EntityNamespaceSuffix(TableDef table) => PascalCase(table.Catalog) + "." + PascalCase(table.Schema);

    /// <summary>The C# enum of an enumeration (<c>xref_type</c> -> <c>XrefType</c>).</summary>
    public static string EnumTypeName(EnumDef enumeration) => PascalCase(enumeration.Name);

    /// <summary>The C# enum member of a value (<c>hint_requested</c> -> <c>HintRequested</c>).</summary>
    public static string EnumMemberName(EnumValueDef value) => PascalCase(value.Name);

    /// <summary>The to-one navigation of a foreign-key or xid column: <c>navigation:</c>, else the name without <c>_id</c>/<c>_xid</c>.</summary>
    public static string ToOneNavigationName(ColumnDef column)
    {
        if (!string.IsNullOrEmpty(column.Navigation))
        {
            return EscapeKeyword(column.Navigation!);
        }

        var name = column.Name;
        foreach (var suffix in new[] { "_xid", "_id" })
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return PascalCase(name.Substring(0, name.Length - suffix.Length));
            }
        }

        return PascalCase(name);
    }

    /// <summary>The navigation for one xref kind: the to-one name when the column has one kind, else that name plus the kind (<c>AssigneeUser</c>).</summary>
    public static string XrefNavigationName(ColumnDef column, string kind) =>
        column.Xref.Count <= 1 ? ToOneNavigationName(column) : ToOneNavigationName(column) + PascalCase(kind);

    /// <summary>The reverse (to-many) navigation a foreign key adds to its parent: <c>inverse_navigation:</c>, else the child's table source name.</summary>
    public static string ToManyNavigationName(TableDef child, ColumnDef foreignKey) =>
        !string.IsNullOrEmpty(foreignKey.InverseNavigation) ? EscapeKeyword(foreignKey.InverseNavigation!) : TableSourceName(child);

    /// <summary>The method every xref target entity gets to reach its external reference.</summary>
    public const string ExternalReferenceNavigationName = "ExternalReference";

    /// <summary>Prefixes <c>@</c> when <paramref name="name"/> is a reserved C# keyword.</summary>
    public static string EscapeKeyword(string name) => CSharpKeywords.Contains(name) ? "@" + name : name;

    /// <summary>Whether <paramref name="name"/> can be written as a C# identifier (letters, digits, <c>_</c>, not starting with a digit; a keyword is escaped).</summary>
    public static bool IsValidIdentifier(string name)
    {
        var text = name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            return false;
        }

        return text.All(c => c == '_' || char.IsLetterOrDigit(c));
    }

    /// <summary>The singular of one lower-case English word, by the rules the lake's table names need.</summary>
    public static string Singular(string word)
    {
        if (word.Length > 3 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        foreach (var suffix in EsPlurals)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - 2);
            }
        }

        var keepsFinalS = word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal);
        if (word.Length > 1 && word.EndsWith("s", StringComparison.Ordinal) && !keepsFinalS)
        {
            return word.Substring(0, word.Length - 1);
        }

        return word;
    }

    // Plurals that add "es" to a word ending in s, x, z, ch or sh (classes, statuses, aliases, boxes, matches); not "uses", or causes would lose its e.
    private static readonly string[] EsPlurals = { "sses", "tuses", "iases", "xes", "zzes", "ches", "shes" };

    private static readonly HashSet<string> CSharpKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };
}
