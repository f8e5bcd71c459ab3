using System.Linq.Expressions;
using Assist.Query.Compiled;
using DuckDB.NET.Data;

namespace Assist.Query;

/// <summary>
/// A query compiled once (<see cref="Query.Compile{TArg, T}(Expression{Func{TArg, Query{T}}})"/>): each call binds
/// the arguments into the translated statement; no expression tree is built. Anything else the query captured was
/// read when it was compiled.
/// </summary>
public sealed class CompiledQuery<TArg, T>
{
    private readonly CompiledQueryCore _core;

    internal CompiledQuery(LambdaExpression factory)
    {
        _core = new CompiledQueryCore(factory);
    }

    /// <summary>The statement for these arguments.</summary>
    /// <param name="arg">The parameter's value.</param>
    /// <param name="dialect">The SQL dialect.</param>
    /// <exception cref="UntranslatableQueryException">A construct has no translation for the dialect.</exception>
    public SqlText ToSql(TArg arg, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return _core.ToSql(dialect, [arg]);
    }

    /// <summary>Runs the query on an open DuckDB connection with the lake's catalogs.</summary>
    /// <param name="arg">The parameter's value.</param>
    /// <param name="connection">The connection.</param>
    /// <param name="cancellationToken">Stops the statement.</param>
    public Task<List<T>> ToListAsync(TArg arg, DuckDBConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var (compiled, values) = _core.Bind(SqlDialect.DuckDb, [arg]);
        return CompiledQueryRunner.ToListAsync<T>(compiled, values, connection, cancellationToken);
    }

    /// <summary>Runs the query on a local lake (after checking the tables it reads).</summary>
    /// <param name="arg">The parameter's value.</param>
    /// <param name="lake">The lake.</param>
    /// <param name="cancellationToken">Stops the statement.</param>
    /// <exception cref="LocalLakeException">A table the query reads has no files or does not match the schema.</exception>
    public Task<List<T>> ToListAsync(TArg arg, LocalLake lake, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lake);
        lake.EnsureReadable(_core.Tables);
        return ToListAsync(arg, lake.Connection, cancellationToken);
    }
}
