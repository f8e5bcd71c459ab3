using System.Linq;
using Assist.Schema.Model;
using Assist.Schema.Types;

namespace Assist.Schema.Validation;

/// <summary>Per-catalog and per-table rules: the Athena mapping, column types, primary key and time column.</summary>
internal static class TableRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var catalog in context.Schema.Catalogs)
        {
            var hasSource = !string.IsNullOrEmpty(catalog.AthenaDataSource);
            var hasPath = !string.IsNullOrEmpty(catalog.AthenaCatalogPath);
            if (hasSource == hasPath && ValidationContext.Written(catalog.ValueSpans, "athena"))
            {
                context.Error(
                    DiagnosticCodes.AthenaMapping,
                    "the athena mapping of catalog '" + catalog.Name + "' must have exactly one of data_source and catalog_path" + (hasSource ? ", not both" : ""),
                    catalog.ValueSpans.At("athena", catalog.Span));
            }
        }

        foreach (var table in context.Schema.Tables)
        {
            foreach (var column in table.Columns)
            {
                CheckType(context, column);
            }

            CheckPrimaryKey(context, table);
            CheckTimeColumn(context, table);
        }
    }

    private static void CheckType(ValidationContext context, ColumnDef column)
    {
        var span = column.ValueSpans.At("type", column.Span);
        if (column.Type is null)
        {
            // A missing 'type' key is already reported by the loader.
            if (column.TypeText.Length > 0 || ValidationContext.Written(column.ValueSpans, "type"))
            {
                var result = SqlTypeParser.Parse(column.TypeText);
                var code = result.Code ?? DiagnosticCodes.UnknownType;
                context.Error(code, "column '" + column.Name + "' has type '" + column.TypeText + "': " + (result.Message ?? "it did not parse"), span);
            }

            return;
        }

        var notMapped = LakeTypes.NotMappedReason(column.Type);
        if (notMapped is not null)
        {
            var code = LakeTypes.ContainsRow(column.Type) ? DiagnosticCodes.RowTypeNotMapped : DiagnosticCodes.DecimalNotMapped;
            context.Warning(code, "column '" + column.Name + "' has type " + column.Type + ", which the generated C# API does not map (" + notMapped + "); queries cannot read it", span);
        }
    }

    private static void CheckPrimaryKey(ValidationContext context, TableDef table)
    {
        for (var i = 0; i < table.PrimaryKey.Count; i++)
        {
            var name = table.PrimaryKey[i];
            var column = ValidationContext.Column(table, name);
            var span = table.ValueSpans.At("primary_key[" + i + "]", table.Span);
            if (column is null)
            {
                context.Error(DiagnosticCodes.PrimaryKeyColumnMissing, "primary_key of table '" + table.Name + "' names column '" + name + "', which the table does not have;" + Hint(table, name), span);
            }
            else if (column.Nullable)
            {
                context.Error(DiagnosticCodes.NullablePrimaryKey, "column '" + name + "' is in the primary key of table '" + table.Name + "' but is nullable; a key column cannot be NULL. Set nullable: false", column.ValueSpans.At("nullable", column.Span));
            }
        }
    }

    private static void CheckTimeColumn(ValidationContext context, TableDef table)
    {
        if (table.TimeColumn is null)
        {
            return;
        }

        var span = table.ValueSpans.At("time_column", table.Span);
        var column = ValidationContext.Column(table, table.TimeColumn);
        if (column is null)
        {
            context.Error(DiagnosticCodes.TimeColumnMissing, "time_column of table '" + table.Name + "' names column '" + table.TimeColumn + "', which the table does not have;" + Hint(table, table.TimeColumn), span);
            return;
        }

        var kind = column.Type?.Kind;
        if (kind is not null && kind != SqlTypeKind.Timestamp && kind != SqlTypeKind.TimestampTz && kind != SqlTypeKind.Date)
        {
            context.Error(DiagnosticCodes.TimeColumnType, "time_column '" + column.Name + "' of table '" + table.Name + "' is " + column.Type + "; it must be a timestamp or date column", span);
        }
    }

    private static string Hint(TableDef table, string name)
    {
        var suggestion = Suggestions.DidYouMean(name, table.Columns.Select(c => c.Name));
        return suggestion.Length > 0 ? suggestion : " its columns are " + string.Join(", ", table.Columns.Take(12).Select(c => c.Name)) + (table.Columns.Count > 12 ? " ..." : "") + ".";
    }
}
