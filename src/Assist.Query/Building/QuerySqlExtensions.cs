using Assist.Query.Caching;

namespace Assist.Query;

/// <summary>Compiling queries to SQL text.</summary>
public static class QuerySqlExtensions
{
    /// <summary>
    /// The query's SQL for a dialect: readable and deterministic (aliases t0, t1 … in order of appearance; one clause per
    /// line; every identifier quoted) with its parameter values. Literals written in the query are inlined as typed
    /// literals; captured variables and constant sub-expressions (<c>new DateTime(…)</c>) are evaluated once into
    /// parameters (for Athena, inlined as escaped literals outside WHERE). Translation is cached by query shape.
    /// </summary>
    /// <exception cref="UntranslatableQueryException">A construct has no translation for the dialect.</exception>
    public static SqlText ToSql<T>(this Query<T> query, SqlDialect dialect)
    {
        return QueryCompiler.Default.ToSql(query, dialect);
    }
}
