using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Drift;

/// <summary>
/// Compares the YAML with what a lake reports: tables, columns, types and nullability. Only catalogs the lake source
/// covers are compared (an extract of one catalog does not make the other one vanish). A lake catalog matches the YAML
/// catalog of that name or with that Athena data source.
/// </summary>
public static class LakeDiffer
{
    /// <summary>Every difference, YAML tables in declaration order, then tables only the lake has.</summary>
    public static IReadOnlyList<LakeDifference> Compare(LakeSchema yaml, ObservedLake lake)
    {
        var differences = new List<LakeDifference>();
        var observed = lake.Tables.ToDictionary(t => YamlName(yaml, t), StringComparer.Ordinal);
        var covered = new HashSet<string>(lake.Tables.Select(t => CatalogOf(yaml, t.Catalog)), StringComparer.Ordinal);
        foreach (var table in yaml.Tables.Where(t => covered.Contains(t.Catalog)))
        {
            if (observed.TryGetValue(table.QualifiedName, out var actual))
            {
                CompareColumns(table, actual, lake.Spelling, differences);
            }
            else
            {
                differences.Add(new LakeDifference(DifferenceKind.TableNotInLake, table.QualifiedName, null, null, null, table.Span + " (not in " + lake.Source + ")"));
            }
        }

        foreach (var pair in observed.Where(p => yaml.FindTable(p.Key) is null).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            differences.Add(new LakeDifference(DifferenceKind.TableNotInYaml, pair.Key, null, null, null, pair.Value.Origin));
        }

        return differences;
    }

    /// <summary>The YAML catalog a lake catalog name stands for (itself when none matches).</summary>
    public static string CatalogOf(LakeSchema yaml, string lakeCatalog) =>
        yaml.Catalogs.FirstOrDefault(c => c.Name == lakeCatalog)?.Name
        ?? yaml.Catalogs.FirstOrDefault(c => c.AthenaDataSource == lakeCatalog)?.Name
        ?? lakeCatalog;

    /// <summary>The observed table's <c>catalog.schema.table</c> in the YAML's catalog names.</summary>
    public static string YamlName(LakeSchema yaml, ObservedTable table) => CatalogOf(yaml, table.Catalog) + "." + table.Schema + "." + table.Name;

    private static void CompareColumns(TableDef table, ObservedTable actual, TypeSpelling spelling, List<LakeDifference> differences)
    {
        var lakeColumns = actual.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            var typeSpan = column.ValueSpans.At("type", column.Span);
            if (!lakeColumns.TryGetValue(column.Name, out var lakeColumn))
            {
                differences.Add(new LakeDifference(DifferenceKind.ColumnNotInLake, table.QualifiedName, column.Name, column.TypeText, null, column.Span + " (not in " + actual.Origin + ")"));
                continue;
            }

            if (column.Type is not null && !ColumnTypeComparison.Same(column.Type, lakeColumn.TypeText, spelling))
            {
                differences.Add(new LakeDifference(DifferenceKind.TypeDiffers, table.QualifiedName, column.Name, ColumnTypeComparison.Expected(column.Type, spelling), lakeColumn.TypeText, typeSpan + " and " + lakeColumn.Origin));
            }

            if (lakeColumn.Nullable is bool nullable && nullable != column.Nullable)
            {
                differences.Add(new LakeDifference(DifferenceKind.NullabilityDiffers, table.QualifiedName, column.Name, Nullability(column.Nullable), Nullability(nullable), column.ValueSpans.At("nullable", column.Span) + " and " + lakeColumn.Origin));
            }
        }

        foreach (var lakeColumn in actual.Columns.Where(c => !table.Columns.Any(y => y.Name == c.Name)))
        {
            differences.Add(new LakeDifference(DifferenceKind.ColumnNotInYaml, table.QualifiedName, lakeColumn.Name, null, lakeColumn.TypeText, lakeColumn.Origin));
        }
    }

    private static string Nullability(bool nullable) => nullable ? "nullable" : "not null";
}
