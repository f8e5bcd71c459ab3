using System;
using System.Collections.Generic;
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
    /// <summary>Builds the spec of <paramref name="result"/> for <paramref name="rootNamespace"/>.</summary>
    public static LakeSpec Build(SchemaLoadResult result, string rootNamespace, DiagnosticLocator locator)
    {
        var diagnostics = result.Diagnostics.Select(locator.Locate).ToList();
        var index = new LakeIndex(result.Schema, rootNamespace);
        var navigations = NavigationPlanner.Plan(result.Schema);
        var entities = new List<EntitySpec>();
        foreach (var table in index.Tables)
        {
            entities.Add(EntitySpecBuilder.Build(table, index, navigations, locator, diagnostics));
        }

        return new LakeSpec(
            BuildRoot(result.Schema, index),
            entities.ToEquatableArray(),
            BuildEnums(result.Schema, index),
            BuildXref(result.Schema, index),
            diagnostics
                .OrderBy(d => d.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToEquatableArray());
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
