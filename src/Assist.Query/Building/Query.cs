using System.Linq.Expressions;

namespace Assist.Query;

/// <summary>
/// An immutable, not-yet-run query over the lake. C# query syntax binds to its methods; each one only records
/// itself in <see cref="Expression"/>, so a query is captured without running (submissions compile it for review).
/// Nothing runs until the query is compiled to SQL (<c>ToSql</c>) or executed (<c>ToListAsync</c>).
/// </summary>
/// <remarks>
/// Inside a query lambda another query is used as a sequence through <see cref="AsSequence"/>:
/// <c>students.Where(s => active.AsSequence().Contains(s.Id))</c> becomes <c>IN (SELECT …)</c>,
/// <c>.Any(…)</c> becomes <c>EXISTS</c>, <c>.Count()</c>/<c>.Max(…)</c> a scalar subquery.
/// </remarks>
/// <typeparam name="T">The row type.</typeparam>
public partial class Query<T> : IQueryExpression
{
    private Expression? _expression;

    /// <summary>Wraps a query expression tree; a null tree means "this object is the root" (a table source).</summary>
    protected internal Query(Expression? expression) => _expression = expression;

    /// <summary>The query as an expression tree: calls of this type's operator methods over a table source constant.</summary>
    public Expression Expression => _expression ??= Expression.Constant(this, typeof(Query<T>));

    // Kept on the query object rather than in a weak table keyed by its tree: a fresh query then costs no table entry.
    Caching.RepeatPlan[]? IQueryExpression.RepeatPlans { get; set; }

    /// <summary>
    /// Marks this query as a sequence inside another query's lambda (IN / EXISTS / scalar subqueries, SelectMany).
    /// It is a marker: calling it outside a query lambda throws.
    /// </summary>
    public IEnumerable<T> AsSequence() =>
        throw new InvalidOperationException("AsSequence() marks a query used inside another query's lambda; it cannot be enumerated on the client. Run a query with ToListAsync.");

    internal Query<TResult> Chain<TResult>(System.Reflection.MethodInfo method, params Expression[] arguments) =>
        new(Expression.Call(Expression, method, arguments));

    internal OrderedQuery<T> ChainOrdered(System.Reflection.MethodInfo method, params Expression[] arguments) =>
        new(Expression.Call(Expression, method, arguments));
}
