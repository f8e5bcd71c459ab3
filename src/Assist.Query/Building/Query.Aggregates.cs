using System.Linq.Expressions;

namespace Assist.Query;

/// <summary>
/// Top-level aggregates as query shapes: they compile to one-row SQL (<c>SELECT count(*) …</c>) that
/// <c>ToSql</c> shows and <c>ScalarAsync</c> runs. They never run on the client.
/// </summary>
public partial class Query<T>
{
    /// <summary><c>SELECT count(*)</c> over this query.</summary>
    public Query<long> CountQuery() => Chain<long>(Ops.CountQuery);

    /// <summary><c>SELECT count_if(predicate)</c> over this query.</summary>
    public Query<long> CountQuery(Expression<Func<T, bool>> predicate) =>
        Chain<long>(Ops.CountWhereQuery, predicate);

    /// <summary>Whether the query has any row (<c>SELECT EXISTS (…)</c>).</summary>
    public Query<bool> AnyQuery() => Chain<bool>(Ops.AnyQuery);

    /// <summary>The sum (0 over no rows, as in C#).</summary>
    public Query<long> SumQuery(Expression<Func<T, int>> selector) =>
        Chain<long>(Ops.SumIntQuery, selector);

    /// <summary>The sum (0 over no rows, as in C#).</summary>
    public Query<long> SumQuery(Expression<Func<T, long>> selector) =>
        Chain<long>(Ops.SumLongQuery, selector);

    /// <summary>The sum (0 over no rows, as in C#).</summary>
    public Query<double> SumQuery(Expression<Func<T, double>> selector) =>
        Chain<double>(Ops.SumDoubleQuery, selector);

    /// <summary>The average, null over no rows.</summary>
    public Query<double?> AverageQuery(Expression<Func<T, double>> selector) =>
        Chain<double?>(Ops.AverageQuery, selector);

    /// <summary>The minimum, null (default) over no rows.</summary>
    public Query<TResult?> MinQuery<TResult>(Expression<Func<T, TResult>> selector) =>
        Chain<TResult?>(Ops<TResult>.MinQuery, selector);

    /// <summary>The maximum, null (default) over no rows.</summary>
    public Query<TResult?> MaxQuery<TResult>(Expression<Func<T, TResult>> selector) =>
        Chain<TResult?>(Ops<TResult>.MaxQuery, selector);
}
