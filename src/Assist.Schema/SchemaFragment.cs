using System.Collections.Generic;
using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>What one file contributes, parsed alone (the generator's incremental pipeline caches these per file).</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Catalogs">Catalogs a lake file declares (their <see cref="CatalogDef.Schemas"/> are empty until combined).</param>
/// <param name="Xref">The xref section of a lake file, or null.</param>
/// <param name="Enums">Enumerations an enumerations file declares.</param>
/// <param name="Schema">The schema a schema file declares, or null.</param>
/// <param name="Diagnostics">Syntax and structure problems of this file alone.</param>
public sealed record SchemaFragment(
    string Path,
    IReadOnlyList<CatalogDef> Catalogs,
    XrefDef? Xref,
    IReadOnlyList<EnumDef> Enums,
    SchemaDef? Schema,
    IReadOnlyList<SchemaDiagnostic> Diagnostics);
