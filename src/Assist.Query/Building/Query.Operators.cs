using System.Linq.Expressions;
using System.Reflection;

namespace Assist.Query;

/// <summary>Filtering, projection, ordering, paging and set operators (C# query syntax binds to these).</summary>
public partial class Query<T>
{
    private static readonly Query<T> s_prototype = new(System.Linq.Expressions.Expression.Empty());

    /// <summary><c>where</c>: keeps rows matching the predicate (WHERE, or HAVING after a grouping).</summary>
    public Query<T> Where(Expression<Func<T, bool>> predicate) =>
        Chain<T>(Ops.Where, predicate);

    /// <summary><c>select</c> and <c>let</c>: projects each row.</summary>
    public Query<TResult> Select<TResult>(Expression<Func<T, TResult>> selector) =>
        Chain<TResult>(Ops<TResult>.Select, selector);

    /// <summary><c>orderby key</c>: ascending, NULLS LAST.</summary>
    public OrderedQuery<T> OrderBy<TKey>(Expression<Func<T, TKey>> key) =>
        ChainOrdered(Ops<TKey>.OrderBy, key);

    /// <summary><c>orderby key descending</c>: descending, NULLS LAST.</summary>
    public OrderedQuery<T> OrderByDescending<TKey>(Expression<Func<T, TKey>> key) =>
        ChainOrdered(Ops<TKey>.OrderByDescending, key);

    /// <summary>Skips rows (emitted as <c>OFFSET n</c>, before any LIMIT: docs/dialects.md #28).</summary>
    public Query<T> Skip(int count) => Chain<T>(Ops.Skip, System.Linq.Expressions.Expression.Constant(count));

    /// <summary>Keeps at most <paramref name="count"/> rows (<c>LIMIT</c>).</summary>
    public Query<T> Take(int count) => Chain<T>(Ops.Take, System.Linq.Expressions.Expression.Constant(count));

    /// <summary>Removes duplicate rows (SELECT DISTINCT).</summary>
    public Query<T> Distinct() => Chain<T>(Ops.Distinct);

    /// <summary>Set union without duplicates (UNION).</summary>
    public Query<T> Union(Query<T> other) => Chain<T>(Ops.Union, Arg(other));

    /// <summary>Set union keeping duplicates (UNION ALL).</summary>
    public Query<T> Concat(Query<T> other) => Chain<T>(Ops.Concat, Arg(other));

    /// <summary>Rows in both (INTERSECT).</summary>
    public Query<T> Intersect(Query<T> other) => Chain<T>(Ops.Intersect, Arg(other));

    /// <summary>Rows of this query not in the other (EXCEPT).</summary>
    public Query<T> Except(Query<T> other) => Chain<T>(Ops.Except, Arg(other));

    private static Expression Arg<TOther>(Query<TOther> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Expression;
    }

    private static MethodInfo Method(Delegate d) => d.Method;

    private static class Ops
    {
        public static readonly MethodInfo Where = Method(new Func<Expression<Func<T, bool>>, Query<T>>(s_prototype.Where));
        public static readonly MethodInfo Skip = Method(new Func<int, Query<T>>(s_prototype.Skip));
        public static readonly MethodInfo Take = Method(new Func<int, Query<T>>(s_prototype.Take));
        public static readonly MethodInfo Distinct = Method(new Func<Query<T>>(s_prototype.Distinct));
        public static readonly MethodInfo Union = Method(new Func<Query<T>, Query<T>>(s_prototype.Union));
        public static readonly MethodInfo Concat = Method(new Func<Query<T>, Query<T>>(s_prototype.Concat));
        public static readonly MethodInfo Intersect = Method(new Func<Query<T>, Query<T>>(s_prototype.Intersect));
        public static readonly MethodInfo Except = Method(new Func<Query<T>, Query<T>>(s_prototype.Except));
        public static readonly MethodInfo CountQuery = Method(new Func<Query<long>>(s_prototype.CountQuery));
        public static readonly MethodInfo CountWhereQuery = Method(new Func<Expression<Func<T, bool>>, Query<long>>(s_prototype.CountQuery));
        public static readonly MethodInfo AnyQuery = Method(new Func<Query<bool>>(s_prototype.AnyQuery));
        public static readonly MethodInfo SumIntQuery = Method(new Func<Expression<Func<T, int>>, Query<long>>(s_prototype.SumQuery));
        public static readonly MethodInfo SumLongQuery = Method(new Func<Expression<Func<T, long>>, Query<long>>(s_prototype.SumQuery));
        public static readonly MethodInfo SumDoubleQuery = Method(new Func<Expression<Func<T, double>>, Query<double>>(s_prototype.SumQuery));
        public static readonly MethodInfo AverageQuery = Method(new Func<Expression<Func<T, double>>, Query<double?>>(s_prototype.AverageQuery));
    }

    private static class Ops<TArg>
    {
        public static readonly MethodInfo Select = Method(new Func<Expression<Func<T, TArg>>, Query<TArg>>(s_prototype.Select));
        public static readonly MethodInfo OrderBy = Method(new Func<Expression<Func<T, TArg>>, OrderedQuery<T>>(s_prototype.OrderBy));
        public static readonly MethodInfo OrderByDescending = Method(new Func<Expression<Func<T, TArg>>, OrderedQuery<T>>(s_prototype.OrderByDescending));
        public static readonly MethodInfo GroupBy = Method(new Func<Expression<Func<T, TArg>>, Query<IGrouping<TArg, T>>>(s_prototype.GroupBy));
        public static readonly MethodInfo MinQuery = Method(new Func<Expression<Func<T, TArg>>, Query<TArg?>>(s_prototype.MinQuery));
        public static readonly MethodInfo MaxQuery = Method(new Func<Expression<Func<T, TArg>>, Query<TArg?>>(s_prototype.MaxQuery));
    }

    private static class Ops<TArg1, TArg2>
    {
        public static readonly MethodInfo GroupByElement =
            Method(new Func<Expression<Func<T, TArg1>>, Expression<Func<T, TArg2>>, Query<IGrouping<TArg1, TArg2>>>(s_prototype.GroupBy));

        public static readonly MethodInfo GroupByResult =
            Method(new Func<Expression<Func<T, TArg1>>, Expression<Func<TArg1, IEnumerable<T>, TArg2>>, Query<TArg2>>(s_prototype.GroupBy));

        public static readonly MethodInfo SelectManySequence =
            Method(new Func<Expression<Func<T, IEnumerable<TArg1>>>, Expression<Func<T, TArg1, TArg2>>, Query<TArg2>>(s_prototype.SelectMany));

        public static readonly MethodInfo SelectManyQuery =
            Method(new Func<Expression<Func<T, Query<TArg1>>>, Expression<Func<T, TArg1, TArg2>>, Query<TArg2>>(s_prototype.SelectMany));
    }

    private static class Ops<TArg1, TArg2, TArg3>
    {
        public static readonly MethodInfo Join = Method(new Func<Query<TArg1>, Expression<Func<T, TArg2>>, Expression<Func<TArg1, TArg2>>,
            Expression<Func<T, TArg1, TArg3>>, Query<TArg3>>(s_prototype.Join));

        public static readonly MethodInfo GroupJoin = Method(new Func<Query<TArg1>, Expression<Func<T, TArg2>>, Expression<Func<TArg1, TArg2>>,
            Expression<Func<T, IEnumerable<TArg1>, TArg3>>, Query<TArg3>>(s_prototype.GroupJoin));
    }
}
