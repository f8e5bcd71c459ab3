using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Validation;

/// <summary>The schema under validation, its lookups, and the diagnostics found so far.</summary>
internal sealed class ValidationContext
{
    private readonly Dictionary<string, TableDef> _tables = new Dictionary<string, TableDef>(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumDef> _enums = new Dictionary<string, EnumDef>(StringComparer.Ordinal);

    public ValidationContext(LakeSchema schema)
    {
        Schema = schema;
        foreach (var table in schema.Tables)
        {
            if (!_tables.ContainsKey(table.QualifiedName))
            {
                _tables[table.QualifiedName] = table;
            }
        }

        foreach (var enumeration in schema.Enums)
        {
            if (!_enums.ContainsKey(enumeration.Name))
            {
                _enums[enumeration.Name] = enumeration;
            }
        }
    }

    public LakeSchema Schema { get; }

    public List<SchemaDiagnostic> Diagnostics { get; } = new List<SchemaDiagnostic>();

    public IEnumerable<string> TableNames => _tables.Keys;

    public IEnumerable<string> EnumNames => _enums.Keys;

    public TableDef? Table(string qualifiedName) => _tables.TryGetValue(qualifiedName, out var table) ? table : null;

    public EnumDef? Enum(string name) => _enums.TryGetValue(name, out var enumeration) ? enumeration : null;

    public void Error(string code, string message, SourceSpan span) =>
        Diagnostics.Add(new SchemaDiagnostic(code, DiagnosticSeverity.Error, message.TrimEnd(';'), span));

    public void Warning(string code, string message, SourceSpan span) =>
        Diagnostics.Add(new SchemaDiagnostic(code, DiagnosticSeverity.Warning, message.TrimEnd(';'), span));

    /// <summary>
    /// Whether a key was written. A model built in code has no spans, so every key counts as written; a loaded model
    /// without the key already has a "missing key" diagnostic, and a second one would only repeat it.
    /// </summary>
    public static bool Written(IReadOnlyDictionary<string, SourceSpan> spans, string key) => spans.Count == 0 || spans.ContainsKey(key);

    /// <summary>The column named <paramref name="name"/> of <paramref name="table"/>, or null.</summary>
    public static ColumnDef? Column(TableDef table, string name) => table.Columns.FirstOrDefault(c => c.Name == name);
}
