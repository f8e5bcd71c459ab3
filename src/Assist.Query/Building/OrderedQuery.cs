using System.Linq.Expressions;

namespace Assist.Query;

/// <summary>A query with an ORDER BY; <c>ThenBy</c> adds keys to it.</summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class OrderedQuery<T> : Query<T>
{
    internal OrderedQuery(Expression expression) : base(expression)
    {
    }

    internal OrderedQuery(QueryOperatorRecord applied) : base(applied)
    {
    }

    /// <summary>Adds an ascending key (NULLS LAST).</summary>
    public OrderedQuery<T> ThenBy<TKey>(Expression<Func<T, TKey>> key) =>
        ChainOrdered(Methods<TKey>.ThenBy, key);

    /// <summary>Adds a descending key (NULLS LAST).</summary>
    public OrderedQuery<T> ThenByDescending<TKey>(Expression<Func<T, TKey>> key) =>
        ChainOrdered(Methods<TKey>.ThenByDescending, key);

    private static class Methods<TKey>
    {
        public static readonly System.Reflection.MethodInfo ThenBy =
            new Func<Expression<Func<T, TKey>>, OrderedQuery<T>>(new OrderedQuery<T>(Expression.Empty()).ThenBy).Method;

        public static readonly System.Reflection.MethodInfo ThenByDescending =
            new Func<Expression<Func<T, TKey>>, OrderedQuery<T>>(new OrderedQuery<T>(Expression.Empty()).ThenByDescending).Method;
    }
}
