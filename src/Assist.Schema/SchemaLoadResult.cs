using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>The model built from the schema files and every problem found, sorted by file, line and column.</summary>
/// <param name="Schema">The lake as far as it could be read; parts with errors may be missing.</param>
/// <param name="Diagnostics">Every problem, errors and warnings, sorted by file, line, column and code.</param>
public sealed record SchemaLoadResult(LakeSchema Schema, IReadOnlyList<SchemaDiagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error: the schema must not be used to generate code.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
