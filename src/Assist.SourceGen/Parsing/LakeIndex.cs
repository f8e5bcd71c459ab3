using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema;
using Assist.Schema.Model;

namespace Assist.SourceGen.Parsing;

/// <summary>
/// Lookups the spec builders share: tables by qualified name, entity type names, enum types and the xref section's
/// resolved values. Built once per schema change; lives only inside the parse step.
/// </summary>
internal sealed class LakeIndex
{
    private readonly Dictionary<string, TableDef> _tables = new Dictionary<string, TableDef>(StringComparer.Ordinal);
    private readonly List<TableDef> _tableList = new List<TableDef>();
    private readonly Dictionary<string, EnumDef> _enums = new Dictionary<string, EnumDef>(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _enumUnderlyingTypes = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="schema"/> for generation into <paramref name="rootNamespace"/>.</summary>
    public LakeIndex(LakeSchema schema, string rootNamespace)
    {
        Schema = schema;
        RootNamespace = rootNamespace;
        foreach (var table in schema.Tables)
        {
            if (!_tables.ContainsKey(table.QualifiedName))
            {
                _tables.Add(table.QualifiedName, table);
                _tableList.Add(table);
            }
        }

        var usedByBigint = new HashSet<string>(
            schema.Tables.SelectMany(t => t.Columns).Where(c => c.Enum is not null && c.Type is not null && c.Type.Kind == SqlTypeKind.Bigint).Select(c => c.Enum!),
            StringComparer.Ordinal);
        foreach (var enumeration in schema.Enums)
        {
            if (!_enums.ContainsKey(enumeration.Name))
            {
                _enums.Add(enumeration.Name, enumeration);
                _enumUnderlyingTypes.Add(enumeration.Name, UnderlyingType(enumeration, usedByBigint));
            }
        }
    }

    /// <summary>The schema.</summary>
    public LakeSchema Schema { get; }

    /// <summary>The root namespace of the generated code.</summary>
    public string RootNamespace { get; }

    /// <summary>Every table once, in declaration order (a duplicate keeps its first declaration).</summary>
    public IReadOnlyList<TableDef> Tables => _tableList;

    /// <summary>The table of <c>catalog.schema.table</c>, or null.</summary>
    public TableDef? FindTable(string qualifiedName) => _tables.TryGetValue(qualifiedName, out var table) ? table : null;

    /// <summary>The enumeration called <paramref name="name"/>, or null.</summary>
    public EnumDef? FindEnum(string? name) => name is not null && _enums.TryGetValue(name, out var e) ? e : null;

    /// <summary>The namespace of a table's entity.</summary>
    public string EntityNamespace(TableDef table) => RootNamespace + "." + Naming.EntityNamespaceSuffix(table);

    /// <summary>The <c>global::</c>-qualified entity type of a table.</summary>
    public string EntityType(TableDef table) => "global::" + EntityNamespace(table) + "." + Naming.EntityName(table);

    /// <summary>The <c>global::</c>-qualified C# enum of an enumeration.</summary>
    public string EnumType(EnumDef enumeration) => "global::" + RootNamespace + "." + Naming.EnumTypeName(enumeration);

    /// <summary><c>int</c> or <c>long</c>: the enum's underlying type.</summary>
    public string EnumUnderlyingType(EnumDef enumeration) =>
        _enumUnderlyingTypes.TryGetValue(enumeration.Name, out var type) ? type : "int";

    // A bigint column that uses the enumeration, or a code beyond int, makes the enum long-backed so every value fits
    // and the column's values convert without loss. The bigint users are found in one pass over the columns.
    private static string UnderlyingType(EnumDef enumeration, HashSet<string> usedByBigint)
    {
        var beyondInt = enumeration.Values.Any(v => v.Value < int.MinValue || v.Value > int.MaxValue);
        return usedByBigint.Contains(enumeration.Name) || beyondInt ? "long" : "int";
    }
}
