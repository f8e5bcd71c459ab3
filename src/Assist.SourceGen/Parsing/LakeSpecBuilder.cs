using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Assist.Schema;
using Assist.Schema.Model;
using Assist.Schema.Navigation;
using Assist.SourceGen.Diagnostics;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Parsing;

/// <summary>Turns the loaded schema into the <see cref="LakeSpec"/>: the only place schema-model objects become specs.</summary>
internal static class LakeSpecBuilder
{
    /// <summary>
    /// The cross-file part of <paramref name="result"/> for <paramref name="rootNamespace"/>: the root, enums, xref and
    /// schema diagnostics as specs, and one <see cref="EntityInput"/> per table for the per-table step.
    /// </summary>
    public static LakeModel BuildModel(SchemaLoadResult result, string rootNamespace, DiagnosticLocator locator)
    {
        var schemaDiagnostics = result.Diagnostics.Select(locator.Locate).ToList();
        var errorsByLine = schemaDiagnostics
            .Where(d => d.Level == DiagnosticLevel.Error)
            .ToLookup(d => d.FilePath + ":" + d.Line.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var index = new LakeIndex(result.Schema, rootNamespace);
        var navigations = NavigationPlanner.Plan(result.Schema);
        var tables = index.Tables
            .Select(t => new EntityInput(t, navigations.Of(t.QualifiedName), Explaining(t, navigations, errorsByLine), index, navigations, locator))
            .ToImmutableArray();
        return new LakeModel(
            BuildRoot(result.Schema, index),
            BuildEnums(result.Schema, index),
            BuildXref(result.Schema, index),
            Sorted(schemaDiagnostics),
            tables);
    }

    /// <summary>The whole spec of a model at once (tests and the phase timer; the generator runs the same steps incrementally).</summary>
    public static LakeSpec Assemble(LakeModel model)
    {
        var entities = model.Tables.Select(EntitySpecBuilder.Build).ToList();
        return new LakeSpec(
            model.Root,
            entities.Select(e => e.Spec).ToEquatableArray(),
            model.Enums,
            model.Xref,
            Merge(model.SchemaDiagnostics, entities.Select(e => e.Diagnostics)));
    }

    /// <summary>The schema's diagnostics and every entity's, in reading order.</summary>
    public static EquatableArray<DiagnosticInfo> Merge(EquatableArray<DiagnosticInfo> schema, IEnumerable<EquatableArray<DiagnosticInfo>> entities) =>
        Sorted(schema.Concat(entities.SelectMany(e => e)));

    private static EquatableArray<DiagnosticInfo> Sorted(IEnumerable<DiagnosticInfo> diagnostics) =>
        diagnostics
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();

    // The schema errors on a line where one of the table's members comes from: they already explain a clash there.
    private static EquatableArray<DiagnosticInfo> Explaining(TableDef table, NavigationPlan navigations, ILookup<string, DiagnosticInfo> errorsByLine)
    {
        var origins = table.Columns.Select(c => c.Span).Concat(navigations.Of(table.QualifiedName).Select(n => n.Origin));
        return origins
            .SelectMany(o => errorsByLine[o.File + ":" + (o.Line - 1).ToString(CultureInfo.InvariantCulture)])
            .Distinct()
            .ToEquatableArray();
    }

    private static RootSpec BuildRoot(LakeSchema schema, LakeIndex index)
    {
        var catalogs = new List<CatalogSpec>();
        foreach (var catalog in schema.Catalogs)
        {
            var schemas = catalog.Schemas
                .Select(s => new SchemaSpec(
                    s.Name,
                    Naming.SchemaPropertyName(s),
                    Naming.SchemaClassName(s),
                    s.Description,
                    s.Tables
                        .Where(t => ReferenceEquals(index.FindTable(t.QualifiedName), t))
                        .Select(t => new TableSourceSpec(Naming.TableSourceName(t), index.EntityType(t), t.QualifiedName, t.Description, t.ApproxRows))
                        .ToEquatableArray()))
                .Where(s => s.Tables.Count > 0)
                .ToEquatableArray();
            if (schemas.Count > 0)
            {
                catalogs.Add(new CatalogSpec(catalog.Name, Naming.CatalogPropertyName(catalog), Naming.CatalogClassName(catalog), catalog.Description, schemas));
            }
        }

        return new RootSpec(index.RootNamespace, catalogs.ToEquatableArray());
    }

    private static EquatableArray<EnumSpec> BuildEnums(LakeSchema schema, LakeIndex index) =>
        schema.Enums
            .Where(e => ReferenceEquals(index.FindEnum(e.Name), e))
            .Select(e => new EnumSpec(
                "Enums." + Naming.EnumTypeName(e) + ".g.cs",
                index.RootNamespace,
                Naming.EnumTypeName(e),
                e.Name,
                index.EnumUnderlyingType(e),
                e.Description,
                e.Values
                    .GroupBy(v => Naming.EnumMemberName(v))
                    .Select(g => g.First())
                    .Select(v => new EnumMemberSpec(Naming.EnumMemberName(v), v.Name, v.Value, v.Description))
                    .ToEquatableArray()))
            .ToEquatableArray();

    private static XrefSpec? BuildXref(LakeSchema schema, LakeIndex index)
    {
        var xref = schema.Xref;
        var table = xref is null ? null : index.FindTable(xref.Table);
        return xref is null || table is null
            ? null
            : new XrefSpec(index.RootNamespace, index.EntityType(table), xref.IdColumn, xref.TargetColumn, xref.TypeColumn, xref.PartnerColumn);
    }
}
