using System.Linq.Expressions;
using System.Reflection;

namespace Assist.Query;

/// <summary>
/// An immutable, not-yet-run query over the lake. C# query syntax binds to its methods; each one only records
/// itself (the operator, the query it applies to and its arguments), so a query is captured without running
/// (submissions compile it for review). Nothing runs until the query is compiled to SQL (<c>ToSql</c>) or executed
/// (<c>ToListAsync</c>).
/// </summary>
/// <remarks>
/// Inside a query lambda another query is used as a sequence through <see cref="AsSequence"/>:
/// <c>students.Where(s => active.AsSequence().Contains(s.Id))</c> becomes <c>IN (SELECT …)</c>,
/// <c>.Any(…)</c> becomes <c>EXISTS</c>, <c>.Count()</c>/<c>.Max(…)</c> a scalar subquery.
/// </remarks>
/// <typeparam name="T">The row type.</typeparam>
public partial class Query<T> : IQueryExpression
{
    // An operator application is recorded, not built as Expression.Call: the factory validates every argument against
    // the method's parameters by reflection, which cost a cached translation about as much as its whole key walk. The
    // cache-key walk reads the record; the tree is built only when something asks for it (a cache miss, a review).
    private readonly QueryOperatorRecord? _operator;
    private Expression? _expression;

    /// <summary>Wraps a query expression tree; a null tree means "this object is the root" (a table source).</summary>
    protected internal Query(Expression? expression) => _expression = expression;

    internal Query(QueryOperatorRecord applied) => _operator = applied;

    /// <summary>The query as an expression tree: calls of this type's operator methods over a table source constant.</summary>
    public Expression Expression => _expression ??= _operator is { } applied
        ? applied.ToExpression()
        : Expression.Constant(this, typeof(Query<T>));

    QueryOperatorRecord? IQueryExpression.Operator => _operator;

    // Kept on the query object rather than in a weak table keyed by its tree: a fresh query then costs no table entry.
    Caching.RepeatPlan[]? IQueryExpression.RepeatPlans { get; set; }

    /// <summary>
    /// Marks this query as a sequence inside another query's lambda (IN / EXISTS / scalar subqueries, SelectMany).
    /// It is a marker: calling it outside a query lambda throws.
    /// </summary>
    public IEnumerable<T> AsSequence() =>
        throw new InvalidOperationException("AsSequence() marks a query used inside another query's lambda; it cannot be enumerated on the client. Run a query with ToListAsync.");

    internal Query<TResult> Chain<TResult>(MethodInfo method) => new(new QueryOperatorRecord(this, method, null, null));

    internal Query<TResult> Chain<TResult>(MethodInfo method, Expression argument) =>
        new(new QueryOperatorRecord(this, method, Checked(argument), null));

    internal Query<TResult> Chain<TResult>(MethodInfo method, Expression first, params Expression[] rest) =>
        new(new QueryOperatorRecord(this, method, Checked(first), CheckedAll(rest)));

    internal OrderedQuery<T> ChainOrdered(MethodInfo method, Expression argument) =>
        new(new QueryOperatorRecord(this, method, Checked(argument), null));

    private static Expression Checked(Expression argument)
    {
        // Expression.Quote used to reject a null lambda at the call; the record keeps that behaviour.
        ArgumentNullException.ThrowIfNull(argument);
        return argument;
    }

    private static Expression[] CheckedAll(Expression[] arguments)
    {
        foreach (var argument in arguments)
        {
            Checked(argument);
        }

        return arguments;
    }
}
