namespace Assist.Query.Metadata;

/// <summary>A lake table as the query layer sees it: its three-part name, entity type and columns.</summary>
/// <param name="Catalog">Logical catalog (<c>cas_core</c>); the same in Athena and the local DuckDB lake.</param>
/// <param name="Schema">Schema (<c>student_data</c>).</param>
/// <param name="Name">Table (<c>problem_logs</c>).</param>
/// <param name="EntityType">The generated entity class.</param>
/// <param name="Columns">Columns in declaration order.</param>
/// <param name="PrimaryKey">Primary-key column SQL names.</param>
/// <param name="Description">The YAML description.</param>
public sealed record TableMetadata(
    string Catalog,
    string Schema,
    string Name,
    Type EntityType,
    IReadOnlyList<ColumnMetadata> Columns,
    IReadOnlyList<string> PrimaryKey,
    string? Description)
{
    /// <summary><c>catalog.schema.table</c>, unquoted.</summary>
    public string QualifiedName => Catalog + "." + Schema + "." + Name;

    /// <summary>The path from a row to the person it describes (the schema's <c>person:</c>), or null when a row describes no person.</summary>
    public PersonPathMetadata? PersonPath { get; init; }

    /// <summary>The column behind a property, or null.</summary>
    public ColumnMetadata? FindByProperty(string propertyName)
    {
        foreach (var column in Columns)
        {
            if (column.PropertyName == propertyName)
            {
                return column;
            }
        }

        return null;
    }
}
