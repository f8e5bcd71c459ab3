using System.Linq.Expressions;

namespace Assist.Query;

/// <summary>
/// An immutable, not-yet-run query over the lake. C# query syntax binds to its methods; nothing runs until the
/// query is compiled to SQL (<c>ToSql</c>) or executed against a lake.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public class Query<T>
{
    /// <summary>Wraps a query expression tree.</summary>
    protected internal Query(Expression expression) => Expression = expression;

    /// <summary>The query as an expression tree (the translator's input; also what submissions capture).</summary>
    public Expression Expression { get; }
}
