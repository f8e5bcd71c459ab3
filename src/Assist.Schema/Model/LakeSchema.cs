using System.Collections.Generic;
using System.Linq;

namespace Assist.Schema.Model;

/// <summary>The whole lake as the YAML files describe it. Immutable; built by <c>SchemaLoader</c>.</summary>
/// <param name="Catalogs">Catalogs with their schemas and tables.</param>
/// <param name="Enums">Enumerations.</param>
/// <param name="Xref">How xid columns resolve, or null when no file declares it.</param>
public sealed record LakeSchema(IReadOnlyList<CatalogDef> Catalogs, IReadOnlyList<EnumDef> Enums, XrefDef? Xref)
{
    /// <summary>Every table of every schema of every catalog, in declaration order.</summary>
    public IEnumerable<TableDef> Tables => Catalogs.SelectMany(c => c.Schemas).SelectMany(s => s.Tables);

    /// <summary>Finds a table by <c>catalog.schema.table</c> (exact, case-sensitive), or null.</summary>
    public TableDef? FindTable(string qualifiedName) => Tables.FirstOrDefault(t => t.QualifiedName == qualifiedName);

    /// <summary>Finds an enumeration by name, or null.</summary>
    public EnumDef? FindEnum(string name) => Enums.FirstOrDefault(e => e.Name == name);
}
