using System.Linq.Expressions;

namespace Assist.Query;

/// <summary>
/// Compiled queries: a query written once as a function of its parameters, translated once per dialect; each call
/// only binds values (no expression tree is built, walked or translated).
/// </summary>
/// <example><code>
/// var since = Query.Compile((DateTime day) => Lake.CasCore.StudentData.ProblemLogs.Where(p => p.StartTime >= day));
/// var sql = since.ToSql(new DateTime(2024, 9, 1), SqlDialect.Athena);
/// var rows = await since.ToListAsync(new DateTime(2024, 9, 1), lake);
/// </code></example>
public static class Query
{
    /// <summary>Compiles a query with one parameter.</summary>
    /// <exception cref="ArgumentException">The body is not a query built from table sources and query operators.</exception>
    public static CompiledQuery<TArg, T> Compile<TArg, T>(Expression<Func<TArg, Query<T>>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new CompiledQuery<TArg, T>(query);
    }

    /// <summary>Compiles a query with two parameters.</summary>
    /// <exception cref="ArgumentException">The body is not a query built from table sources and query operators.</exception>
    public static CompiledQuery<TArg1, TArg2, T> Compile<TArg1, TArg2, T>(Expression<Func<TArg1, TArg2, Query<T>>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new CompiledQuery<TArg1, TArg2, T>(query);
    }
}
