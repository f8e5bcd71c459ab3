using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Loading;

/// <summary>Merges the fragments of all files into one <see cref="LakeSchema"/>: schemas go under their catalogs.</summary>
internal static class FragmentCombiner
{
    public static LakeSchema Combine(IReadOnlyList<SchemaFragment> fragments, List<SchemaDiagnostic> diagnostics)
    {
        var catalogs = fragments.SelectMany(f => f.Catalogs).ToList();
        var declared = new HashSet<string>(catalogs.Select(c => c.Name), StringComparer.Ordinal);
        var schemas = new List<SchemaDef>();
        foreach (var schema in fragments.Select(f => f.Schema))
        {
            if (schema is null)
            {
                continue;
            }

            if (declared.Contains(schema.Catalog))
            {
                schemas.Add(schema);
                continue;
            }

            var hint = catalogs.Count == 0
                ? " No lake file declares any catalog (schema/lake.yaml with 'catalogs:')."
                : Suggestions.DidYouMean(schema.Catalog, declared) is { Length: > 0 } suggestion ? suggestion : " Declared catalogs: " + string.Join(", ", declared.OrderBy(n => n, StringComparer.Ordinal)) + ".";
            diagnostics.Add(new SchemaDiagnostic(
                DiagnosticCodes.UndeclaredCatalog,
                DiagnosticSeverity.Error,
                "schema '" + schema.Name + "' belongs to catalog '" + schema.Catalog + "', which no lake file declares; its tables are skipped." + hint,
                schema.ValueSpans.At("catalog", schema.Span)));
        }

        // A duplicated catalog gets no schemas: the validator reports it, and the first one keeps them.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var placed = new List<CatalogDef>();
        foreach (var catalog in catalogs)
        {
            var own = seen.Add(catalog.Name) ? schemas.Where(s => s.Catalog == catalog.Name).ToList() : new List<SchemaDef>();
            placed.Add(catalog with { Schemas = own });
        }

        XrefDef? xref = null;
        foreach (var candidate in fragments.Select(f => f.Xref))
        {
            if (candidate is null)
            {
                continue;
            }

            if (xref is null)
            {
                xref = candidate;
                continue;
            }

            diagnostics.Add(new SchemaDiagnostic(
                DiagnosticCodes.DuplicateXrefSection,
                DiagnosticSeverity.Error,
                "a second xref section; the lake has one, declared at " + xref.Span + ". Remove one of them",
                candidate.Span));
        }

        return new LakeSchema(placed, fragments.SelectMany(f => f.Enums).ToList(), xref);
    }
}
