using System.Collections.Generic;
using Assist.Schema.Model;
using Assist.Schema.Validation;

namespace Assist.Schema;

/// <summary>
/// Checks a whole <see cref="LakeSchema"/>: types, duplicates, keys, references, xrefs, enumerations, identifiers
/// Athena or DuckDB would reject, and the C# names the generator would emit. Never throws.
/// </summary>
public static class SchemaValidator
{
    /// <summary>Every problem of <paramref name="schema"/>, sorted by file, line and column.</summary>
    public static IReadOnlyList<SchemaDiagnostic> Validate(LakeSchema schema)
    {
        var context = new ValidationContext(schema);
        DuplicateRules.Check(context);
        IdentifierRules.Check(context);
        TableRules.Check(context);
        ReferenceRules.Check(context);
        PersonPathRules.Check(context);
        XrefSectionRules.Check(context);
        CSharpNameRules.Check(context);
        return SchemaLoader.Sort(context.Diagnostics);
    }
}
