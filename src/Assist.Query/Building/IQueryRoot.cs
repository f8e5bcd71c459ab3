using Assist.Query.Metadata;

namespace Assist.Query;

/// <summary>A table source, without its row type.</summary>
internal interface IQueryRoot
{
    TableMetadata Table { get; }
}
