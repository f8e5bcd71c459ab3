using Assist.Query.Metadata;

namespace Assist.Query;

/// <summary>A lake table as the start of a query: <c>Lake.CasCore.StudentData.ProblemLogs</c>.</summary>
/// <typeparam name="T">The generated entity.</typeparam>
public sealed class TableSource<T> : Query<T>, IQueryRoot where T : IEntity<T>
{
    /// <summary>Creates the source for the entity's table (generated code calls this once per table).</summary>
    public TableSource() : base((System.Linq.Expressions.Expression?)null)
    {
    }

    /// <summary>The table this source reads.</summary>
    public TableMetadata Table => T.Table;
}
