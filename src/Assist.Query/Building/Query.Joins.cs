using System.Linq.Expressions;

namespace Assist.Query;

/// <summary>Joins, SelectMany and grouping.</summary>
public partial class Query<T>
{
    /// <summary>
    /// <c>from a in … from b in a.Children()</c>: a join over a to-many navigation (INNER JOIN; with
    /// <c>.DefaultIfEmpty()</c> a LEFT JOIN), over a <c>join … into</c> group, or over another query's
    /// <see cref="AsSequence"/> (CROSS JOIN, or INNER JOIN when filtered by the outer row).
    /// </summary>
    public Query<TResult> SelectMany<TCollection, TResult>(
        Expression<Func<T, IEnumerable<TCollection>>> collection, Expression<Func<T, TCollection, TResult>> result) =>
        Chain<TResult>(Ops<TCollection, TResult>.SelectManySequence, collection, result);

    /// <summary><c>from a in q1 from b in q2</c>: a cross join of two queries (INNER JOIN when q2 is filtered by <c>a</c>).</summary>
    public Query<TResult> SelectMany<TCollection, TResult>(
        Expression<Func<T, Query<TCollection>>> collection, Expression<Func<T, TCollection, TResult>> result) =>
        Chain<TResult>(Ops<TCollection, TResult>.SelectManyQuery, collection, result);

    /// <summary><c>join b in inner on key(a) equals key(b)</c>: INNER JOIN (null keys never match, as in LINQ).</summary>
    public Query<TResult> Join<TInner, TKey, TResult>(Query<TInner> inner, Expression<Func<T, TKey>> outerKey,
        Expression<Func<TInner, TKey>> innerKey, Expression<Func<T, TInner, TResult>> result) =>
        Chain<TResult>(Ops<TInner, TKey, TResult>.Join, Arg(inner), outerKey,
            innerKey, result);

    /// <summary>
    /// <c>join b in inner on … equals … into g</c>: followed by <c>from x in g.DefaultIfEmpty()</c> it is a LEFT JOIN;
    /// aggregates over <c>g</c> (<c>g.Count()</c>) become correlated subqueries.
    /// </summary>
    public Query<TResult> GroupJoin<TInner, TKey, TResult>(Query<TInner> inner, Expression<Func<T, TKey>> outerKey,
        Expression<Func<TInner, TKey>> innerKey, Expression<Func<T, IEnumerable<TInner>, TResult>> result) =>
        Chain<TResult>(Ops<TInner, TKey, TResult>.GroupJoin, Arg(inner), outerKey,
            innerKey, result);

    /// <summary><c>group x by key into g</c>: GROUP BY; aggregates over <c>g</c> work as Enumerable calls in the next select.</summary>
    public Query<IGrouping<TKey, T>> GroupBy<TKey>(Expression<Func<T, TKey>> key) =>
        Chain<IGrouping<TKey, T>>(Ops<TKey>.GroupBy, key);

    /// <summary><c>group element by key</c>.</summary>
    public Query<IGrouping<TKey, TElement>> GroupBy<TKey, TElement>(Expression<Func<T, TKey>> key, Expression<Func<T, TElement>> element) =>
        Chain<IGrouping<TKey, TElement>>(Ops<TKey, TElement>.GroupByElement, key, element);

    /// <summary>GROUP BY with a result selector over the key and the group's rows.</summary>
    public Query<TResult> GroupBy<TKey, TResult>(Expression<Func<T, TKey>> key, Expression<Func<TKey, IEnumerable<T>, TResult>> result) =>
        Chain<TResult>(Ops<TKey, TResult>.GroupByResult, key, result);
}
