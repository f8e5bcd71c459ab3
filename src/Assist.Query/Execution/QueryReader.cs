using System.Data.Common;
using Assist.Query.Caching;
using DuckDB.NET.Data;

namespace Assist.Query.Execution;

/// <summary>
/// One running statement: the command, its reader and the shape's materializer. Rows are read with the synchronous
/// <see cref="DbDataReader.Read"/>: DuckDB.NET's ReadAsync is synchronous underneath, and awaiting it per row cost
/// about a fifth of a million-row read. Cancellation is checked every <see cref="CancellationStride"/> rows and also
/// interrupts the statement itself.
/// </summary>
internal sealed class QueryReader<T> : IAsyncDisposable
{
    /// <summary>Rows between two checks of the cancellation token (cheap enough, yet prompt).</summary>
    public const int CancellationStride = 1024;

    private readonly DuckDBCommand _command;
    private readonly CancellationToken _cancellationToken;
    private CancellationTokenRegistration _registration;
    private DbDataReader? _reader;
    private Func<DbDataReader, T>? _materialize;
    private int _untilCheck = CancellationStride;

    private QueryReader(DuckDBCommand command, CancellationToken cancellationToken)
    {
        _command = command;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Translates (through the cache), binds the values and starts the statement.</summary>
    public static Task<QueryReader<T>> OpenAsync(Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var (compiled, values) = QueryCompiler.Default.Compile(query, SqlDialect.DuckDb);
        return OpenAsync(compiled, values, connection, cancellationToken);
    }

    /// <summary>Binds the values of a translated statement and starts it.</summary>
    public static async Task<QueryReader<T>> OpenAsync(CompiledQuery compiled, IReadOnlyList<object?> values, DuckDBConnection connection,
        CancellationToken cancellationToken)
    {
        Assist.Submissions.CaptureMode.ThrowIfActive("Running a query");
        var sql = compiled.Template.Render(values);
        var command = connection.CreateCommand();
        var result = new QueryReader<T>(command, cancellationToken);
        try
        {
            command.CommandText = sql.Text;
            foreach (var parameter in sql.Parameters)
            {
                command.Parameters.Add(new DuckDBParameter(ToProviderValue(parameter.Value) ?? DBNull.Value));
            }

            result._registration = cancellationToken.Register(static c => ((DuckDBCommand)c!).Cancel(), command);
            result._reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            result._materialize = compiled.Materializer<T>(result._reader);
            return result;
        }
        catch
        {
            await result.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Advances to the next row and materializes it; false at the end.</summary>
    public bool TryRead(out T row)
    {
        var reader = _reader!;
        if (--_untilCheck == 0)
        {
            _untilCheck = CancellationStride;
            _cancellationToken.ThrowIfCancellationRequested();
        }

        bool more;
        try
        {
            more = reader.Read();
        }
        catch (Exception) when (_cancellationToken.IsCancellationRequested)
        {
            // The registration interrupted the statement: report it as the cancellation it is.
            throw new OperationCanceledException(_cancellationToken);
        }

        if (!more)
        {
            row = default!;
            return false;
        }

        row = _materialize!(reader);
        return true;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_reader is not null)
        {
            await _reader.DisposeAsync().ConfigureAwait(false);
        }

        await _registration.DisposeAsync().ConfigureAwait(false);
        await _command.DisposeAsync().ConfigureAwait(false);
    }

    private static object? ToProviderValue(object? value) => value switch
    {
        Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
