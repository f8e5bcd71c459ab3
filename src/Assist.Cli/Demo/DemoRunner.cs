using Assist.Query;
using Assist.Query.Local;

namespace Assist.Cli.Demo;

/// <summary>Runs each demo query on a local lake and prints its rows and its Athena SQL.</summary>
internal sealed class DemoRunner(LocalLake lake, TextWriter output, int rowLimit)
{
    /// <summary>Runs every demo query in order.</summary>
    public async Task RunAllAsync(CancellationToken cancellation)
    {
        await RunAsync("1. Each student's help-seeking on original items (seeds/001: ORIGINAL_PERCENT_CORRECT, AVG_HINT_REQUEST, AVG_ATTEMPT, AVG_BOTTOM_HINT)",
            DemoQueries.PerStudent, cancellation).ConfigureAwait(false);
        await RunAsync("2. Month-by-month panel of percent correct on original items (seeds/001 RQ#2a, seeds/002)",
            DemoQueries.ByMonth, cancellation).ConfigureAwait(false);
        await RunAsync("3. Problem sets, hardest first (problem log -> assignment log -> assignment, through the assignment xid)",
            DemoQueries.ByProblemSet, cancellation).ConfigureAwait(false);
    }

    private async Task RunAsync<T>(string title, Query<T> query, CancellationToken cancellation)
    {
        await output.WriteLineAsync(title).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        var rows = await query.ToListAsync(lake, cancellation).ConfigureAwait(false);
        TextTable.Write(output, rows, rowLimit);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("  Athena SQL:").ConfigureAwait(false);
        var sql = query.ToSql(SqlDialect.Athena);
        foreach (var line in sql.Text.Split('\n'))
        {
            await output.WriteLineAsync("    " + line.TrimEnd('\r')).ConfigureAwait(false);
        }

        if (sql.Parameters.Count > 0)
        {
            await output.WriteLineAsync("  Execution parameters: " + string.Join(", ", sql.Parameters.Select(p => p.LiteralText))).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
    }
}
