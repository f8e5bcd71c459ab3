using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Translation;

/// <summary>
/// A whole lake row reachable under an alias. <see cref="Owner"/> is the query level its alias lives in, where
/// navigation joins from it are added. After a row passes through a derived table, its columns may be renamed.
/// </summary>
internal sealed class EntityShape : Shape
{
    public EntityShape(TableMetadata table, string alias, SelectBuilder owner, bool optional, IReadOnlyDictionary<string, string>? columnNames = null)
        : base(table.EntityType)
    {
        Table = table;
        Alias = alias;
        Owner = owner;
        Optional = optional;
        ColumnNames = columnNames;
    }

    public TableMetadata Table { get; }

    public string Alias { get; }

    public SelectBuilder Owner { get; }

    /// <summary>Reached through a LEFT JOIN: may be absent (materializes as null).</summary>
    public bool Optional { get; }

    public IReadOnlyDictionary<string, string>? ColumnNames { get; }

    public SqlColumn Column(ColumnMetadata column) =>
        new(Alias, ColumnNames is null ? column.SqlName : ColumnNames[column.SqlName], SqlType.FromLake(column.Type))
        {
            Nullable = column.IsNullable || Optional,
        };

    public SqlColumn Column(string sqlName)
    {
        foreach (var column in Table.Columns)
        {
            if (column.SqlName == sqlName)
            {
                return Column(column);
            }
        }

        throw new InvalidOperationException($"{Table.QualifiedName} has no column {sqlName}.");
    }

    /// <summary>The column that is NULL exactly when a LEFT JOIN found no row: the first key column.</summary>
    public SqlColumn PresenceColumn => Column(Table.PrimaryKey.Count > 0 ? Table.PrimaryKey[0] : Table.Columns[0].SqlName);
}
