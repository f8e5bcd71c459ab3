using System.Reflection;
using System.Text.RegularExpressions;
using Assist.Query.Generative.Tests.Generation;
using Assist.TestKit;
using DuckDB.NET.Data;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>
/// Runs one example end to end: SQL for Trino, Athena and DuckDB; the Trino grammar on the first two; DuckDB's PREPARE
/// on the third; the LINQ-to-Objects reference; the query on DuckDB over the example's rows; the comparison. One bad
/// example never stops a run: every exception becomes an outcome, and an example that hangs is abandoned after the
/// timeout together with its database.
/// </summary>
public sealed partial class ExampleRunner(TimeSpan timeout) : IDisposable
{
    private static readonly MethodInfo s_toSql = typeof(QuerySqlExtensions).GetMethod(nameof(QuerySqlExtensions.ToSql))!;
    private static readonly MethodInfo s_execute = typeof(ExampleRunner).GetMethod(nameof(ExecuteAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private ExampleDatabase _database = new();

    /// <summary>The time spent in each phase by all examples run so far.</summary>
    public PhaseTimes Times { get; } = new();

    public Outcome Run(Example example, bool checkGrammar = true)
    {
        var database = _database;
        var work = Task.Run(() => RunCore(example, database, Times, timeout, checkGrammar));
        if (work.Wait(timeout * 3))
        {
            return work.Result;
        }

        // The abandoned database may still be busy on the hung thread: the next example gets a new one.
        _database = new ExampleDatabase();
        return new Outcome(OutcomeKind.Timeout, "no result within " + timeout.TotalSeconds + " s");
    }

    public void Dispose() => _database.Dispose();

    private static Outcome RunCore(Example example, ExampleDatabase database, PhaseTimes times, TimeSpan timeout, bool checkGrammar)
    {
        // The reference first: an example whose C# throws (division by zero, a null dereference) tests nothing.
        List<object?> expected;
        try
        {
            expected = times.Measure("reference", () => QueryPipeline.RunReference(example.Query, example.Rows));
        }
        catch (Exception e)
        {
            return new Outcome(OutcomeKind.Discarded, Unwrap(e).GetType().Name);
        }

        object query;
        string trino, athena, duckDb;
        try
        {
            query = QueryPipeline.BuildQuery(example.Query);
            (trino, athena, duckDb) = times.Measure("translation", () => (ToSql(query, SqlDialect.Trino), ToSql(query, SqlDialect.Athena), ToSql(query, SqlDialect.DuckDb)));
        }
        catch (UntranslatableQueryException e)
        {
            return new Outcome(OutcomeKind.Refused, e.Construct, e.Message);
        }
        catch (Exception e)
        {
            return new Outcome(OutcomeKind.Crash, "translation: " + Classify(e), e.ToString());
        }

        var sql = new Outcome(OutcomeKind.Match, "") { TrinoSql = trino, AthenaSql = athena, DuckDbSql = duckDb };
        foreach (var (dialect, text) in checkGrammar ? new[] { ("Trino", trino), ("Athena", athena) } : [])
        {
            var errors = times.Measure("Trino grammar", () => TrinoGrammar.ValidateDetailed(text));
            if (errors.Count > 0)
            {
                return sql with { Kind = OutcomeKind.InvalidSql, Reason = dialect + " grammar: " + Normalize(errors[0].ToString()), Detail = TrinoGrammar.Describe(text, errors) };
            }
        }

        if (times.Measure("DuckDB prepare", () => DuckDbPrepare.Check(database.Database.Connection, duckDb)) is { } prepareError)
        {
            return sql with { Kind = OutcomeKind.InvalidSql, Reason = "DuckDB prepare: " + Normalize(FirstLine(prepareError)), Detail = prepareError };
        }

        List<object?> actual;
        try
        {
            times.Measure("load rows", () => { database.Load(example.Rows); return 0; });
            using var cancellation = new CancellationTokenSource(timeout);
            var task = (Task<List<object?>>)s_execute.MakeGenericMethod(QueryPipeline.ElementType(query)).Invoke(null, [query, database.Database.Connection, cancellation.Token])!;
            actual = times.Measure("execution", () => task.GetAwaiter().GetResult());
        }
        catch (Exception e) when (Unwrap(e) is OperationCanceledException)
        {
            return sql with { Kind = OutcomeKind.Timeout, Reason = "execution cancelled" };
        }
        catch (Exception e)
        {
            return sql with { Kind = OutcomeKind.Crash, Reason = "execution: " + Classify(e), Detail = Unwrap(e).ToString() };
        }

        var difference = ResultComparer.Difference(expected, actual, example.Query.Ordered);
        return difference is null
            ? sql
            : sql with
            {
                Kind = OutcomeKind.Mismatch,
                Reason = "rows differ",
                Detail = difference + "\nexpected (LINQ-to-Objects):\n" + ResultComparer.Describe(expected, example.Query.Ordered)
                    + "\nactual (DuckDB):\n" + ResultComparer.Describe(actual, example.Query.Ordered),
            };
    }

    private static string ToSql(object query, SqlDialect dialect)
    {
        try
        {
            var text = (SqlText)s_toSql.MakeGenericMethod(QueryPipeline.ElementType(query)).Invoke(null, [query, dialect])!;
            return text.Text;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static async Task<List<object?>> ExecuteAsync<T>(Query<T> query, DuckDBConnection connection, CancellationToken cancellationToken) =>
        [.. (await query.ToListAsync(connection, cancellationToken).ConfigureAwait(false)).Cast<object?>()];

    private static Exception Unwrap(Exception e) => e is TargetInvocationException { InnerException: { } inner } ? Unwrap(inner) : e is AggregateException { InnerException: { } first } ? Unwrap(first) : e;

    private static string Classify(Exception e)
    {
        var inner = Unwrap(e);
        return inner.GetType().Name + ": " + Normalize(FirstLine(inner.Message));
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>A message without positions, numbers and quoted tokens, so one cause gives one class.</summary>
    private static string Normalize(string message) => QuotedOrNumber().Replace(message, "#");

    [GeneratedRegex("""L\d+:\d+(-\d+)?|\d+|'[^']*'|"[^"]*"|\$\d+""")]
    private static partial Regex QuotedOrNumber();
}
