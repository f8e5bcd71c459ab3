using System.Collections.Generic;

namespace Assist.Schema.Drift;

/// <summary>A table as the lake itself reports it.</summary>
/// <param name="Catalog">The catalog (an Athena data source name, or a lake folder).</param>
/// <param name="Schema">The schema (database).</param>
/// <param name="Name">The table.</param>
/// <param name="Columns">Its columns in the lake's order.</param>
/// <param name="Origin">Where it was first read, for messages.</param>
public sealed record ObservedTable(string Catalog, string Schema, string Name, IReadOnlyList<ObservedColumn> Columns, string Origin)
{
    /// <summary><c>catalog.schema.table</c>.</summary>
    public string QualifiedName => Catalog + "." + Schema + "." + Name;
}
