using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Assist.Schema.Model;

/// <summary>One foreign-key step of a person path: <paramref name="Column"/> of <paramref name="Table"/> references <paramref name="TargetColumn"/> of <paramref name="Target"/>.</summary>
public sealed record PersonPathHop(TableDef Table, ColumnDef Column, TableDef Target, ColumnDef TargetColumn);

/// <summary>
/// A table's <c>person:</c> path with every step resolved against the schema: the foreign keys it follows, the column
/// that identifies the person, and the condition's column and integer code.
/// </summary>
/// <param name="Hops">The foreign keys followed, in order (empty when the person column is on the table itself).</param>
/// <param name="PersonTable">The table the path ends on.</param>
/// <param name="PersonColumn">The column of <paramref name="PersonTable"/> that identifies the person.</param>
/// <param name="WhenColumn">The table's enumeration column the row's person depends on, or null.</param>
/// <param name="WhenCode">The code <paramref name="WhenColumn"/> must hold, or null.</param>
public sealed record ResolvedPersonPath(
    IReadOnlyList<PersonPathHop> Hops, TableDef PersonTable, ColumnDef PersonColumn, ColumnDef? WhenColumn, long? WhenCode)
{
    /// <summary>
    /// <c>catalog.schema.table.column</c> of the person column: what a person is counted by. Two tables whose paths end on
    /// the same column count the same persons.
    /// </summary>
    public string QualifiedColumn => PersonTable.QualifiedName + "." + PersonColumn.Name;

    /// <summary>
    /// Resolves <paramref name="table"/>'s path. Returns null with <paramref name="problem"/> set when a step does not
    /// resolve; null with no problem when the table has no path or a foreign key's own target is unknown (the reference
    /// rules report that).
    /// </summary>
    public static ResolvedPersonPath? Resolve(
        TableDef table,
        System.Func<string, TableDef?> findTable,
        System.Func<string, EnumDef?> findEnum,
        out (string Code, string Message, SourceSpan Span)? problem)
    {
        problem = null;
        if (table.Person is not { } path)
        {
            return null;
        }

        var hops = new List<PersonPathHop>();
        var current = table;
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var step = path.Steps[i];
            var column = current.Columns.FirstOrDefault(c => c.Name == step);
            if (column is null)
            {
                problem = (DiagnosticCodes.PersonPathColumnMissing,
                    "person path '" + path.Text + "' of table '" + table.Name + "': table '" + current.QualifiedName + "' has no column '" + step + "'", path.Span);
                return null;
            }

            if (i == path.Steps.Count - 1)
            {
                return WithCondition(table, path, hops, current, column, findEnum, out problem);
            }

            if (column.References is null)
            {
                problem = (DiagnosticCodes.PersonPathNotReference,
                    "person path '" + path.Text + "' of table '" + table.Name + "' follows column '" + step + "' of '" + current.QualifiedName
                    + "', which has no references: foreign key; a path may only follow declared references (xref columns are not followed)", path.Span);
                return null;
            }

            var parts = column.References.Split('.');
            var target = parts.Length == 4 ? findTable(parts[0] + "." + parts[1] + "." + parts[2]) : null;
            var targetColumn = target?.Columns.FirstOrDefault(c => c.Name == parts[3]);
            if (target is null || targetColumn is null)
            {
                return null;
            }

            hops.Add(new PersonPathHop(current, column, target, targetColumn));
            current = target;
        }

        return null;
    }

    private static ResolvedPersonPath? WithCondition(
        TableDef table, PersonPathDef path, List<PersonPathHop> hops, TableDef personTable, ColumnDef personColumn,
        System.Func<string, EnumDef?> findEnum, out (string Code, string Message, SourceSpan Span)? problem)
    {
        problem = null;
        if (path.WhenColumn is null)
        {
            return new ResolvedPersonPath(hops, personTable, personColumn, null, null);
        }

        var where = "'when' of the person path of table '" + table.Name + "'";
        var whenColumn = table.Columns.FirstOrDefault(c => c.Name == path.WhenColumn);
        var enumeration = whenColumn?.Enum is { } name ? findEnum(name) : null;
        if (whenColumn is null || enumeration is null)
        {
            problem = (DiagnosticCodes.PersonPathCondition,
                where + " names column '" + path.WhenColumn + "', which " + (whenColumn is null ? "the table does not have" : "takes no values from a declared enumeration"),
                path.ValueSpans.At("when", path.Span));
            return null;
        }

        var value = enumeration.Values.FirstOrDefault(v => v.Name == path.WhenValue
            || v.Value.ToString(CultureInfo.InvariantCulture) == path.WhenValue);
        if (value is null)
        {
            problem = (DiagnosticCodes.PersonPathCondition,
                where + ": '" + path.WhenValue + "' is not a value of enumeration '" + enumeration.Name + "' (" + string.Join(", ", enumeration.Values.Select(v => v.Name)) + ")",
                path.ValueSpans.At("when.value", path.Span));
            return null;
        }

        return new ResolvedPersonPath(hops, personTable, personColumn, whenColumn, value.Value);
    }
}
