using System.Linq.Expressions;
using Assist.Query.Metadata;

namespace Assist.Query;

/// <summary>The leaf of every query tree: a table.</summary>
internal static class QueryRoot
{
    public static Expression For(TableMetadata table) => Expression.Constant(table);
}
