using Assist.TestKit;
using Assist.Lake.Tests.Support;
using Assist.Query;
using Assist.Query.Local;
using Dapper;

namespace Assist.Lake.Tests.Queries;

/// <summary>
/// Typed queries (the research measures of seeds/001 and 002) run on the synthetic lake give the same rows as
/// hand-written DuckDB SQL over the same files.
/// </summary>
public sealed class TypedQueryTests(SynthLakeFixture fixture) : IClassFixture<SynthLakeFixture>
{
    private sealed record StudentRow(long Student, long Problems, double PercentCorrect, double HintsPerProblem, double AverageAttempts);

    private sealed record MonthRow(DateTime Month, long Problems, double PercentCorrect);

    [Fact]
    public async Task Per_student_measures_on_original_items_match_hand_written_sql()
    {
        var typed =
            from pl in Lake.CasCore.StudentData.ProblemLogs
            where !pl.PathInfo!.Contains("SP")
            group pl by pl.AssignmentLog().UserXid into g
            select new StudentRow(
                g.Key,
                g.LongCount(),
                g.Average(p => (double)(p.DiscreteScore ?? 0)),
                g.Average(p => (double)p.HintCount),
                g.Average(p => (double)p.AttemptCount));

        using var lake = LocalLake.Open(fixture.Directory);
        var actual = (await typed.ToListAsync(lake)).OrderBy(r => r.Student).ToList();
        var expected = lake.Connection.Query<StudentRow>("""
            SELECT al.user_xid AS Student, count(*) AS Problems,
                   avg(CAST(coalesce(pl.discrete_score, 0) AS DOUBLE)) AS PercentCorrect,
                   avg(CAST(pl.hint_count AS DOUBLE)) AS HintsPerProblem,
                   avg(CAST(pl.attempt_count AS DOUBLE)) AS AverageAttempts
            FROM cas_core.student_data.problem_logs pl
            JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
            WHERE pl.path_info NOT LIKE '%SP%'
            GROUP BY al.user_xid ORDER BY al.user_xid
            """).ToList();

        Assert.True(expected.Count > SynthLakeFixture.Students / 2);
        AssertRowsEqual(expected, actual, r => (r.Student, r.Problems), r => [r.PercentCorrect, r.HintsPerProblem, r.AverageAttempts]);
    }

    [Fact]
    public async Task Month_by_month_percent_correct_matches_hand_written_sql()
    {
        var typed =
            from pl in Lake.CasCore.StudentData.ProblemLogs
            where !pl.PathInfo!.Contains("SP") && pl.DiscreteScore != null
            group pl by Assist.Query.Sql.TruncateToMonth(pl.StartTime) into g
            orderby g.Key
            select new MonthRow(g.Key, g.LongCount(), g.Average(p => (double)p.DiscreteScore!.Value));

        using var lake = LocalLake.Open(fixture.Directory);
        var actual = await typed.ToListAsync(lake);
        var expected = lake.Connection.Query<MonthRow>("""
            SELECT date_trunc('month', start_time) AS Month, count(*) AS Problems, avg(CAST(discrete_score AS DOUBLE)) AS PercentCorrect
            FROM cas_core.student_data.problem_logs
            WHERE path_info NOT LIKE '%SP%' AND discrete_score IS NOT NULL
            GROUP BY 1 ORDER BY 1
            """).ToList();

        Assert.True(expected.Count >= 9);
        AssertRowsEqual(expected, actual, r => (r.Month, r.Problems), r => [r.PercentCorrect]);
    }

    [Fact]
    public async Task A_query_reading_a_table_with_no_files_names_the_table_and_folder()
    {
        using var folder = new TempFolder();
        foreach (var table in new[] { "problem_logs", "assignment_logs" })
        {
            var source = Path.Combine(fixture.Directory, "cas_core", "student_data", table);
            var target = folder.Combine("cas_core", "student_data", table);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        using var lake = LocalLake.Open(folder.Path);
        var query = Lake.CasCore.StudentData.ProblemLogs.Select(pl => pl.AssignmentLog().User().Id);
        var error = await Assert.ThrowsAsync<LocalLakeException>(() => query.ToListAsync(lake));
        Assert.Contains("cas_core.", error.Message, StringComparison.Ordinal);
        Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
        Assert.True(await Lake.CasCore.StudentData.ProblemLogs.CountQuery().ScalarAsync(lake) > 0);
    }

    private static void AssertRowsEqual<T, TKey>(List<T> expected, List<T> actual, Func<T, TKey> key, Func<T, double[]> values)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(key(expected[i]), key(actual[i]));
            var e = values(expected[i]);
            var a = values(actual[i]);
            for (var j = 0; j < e.Length; j++)
            {
                Assert.Equal(e[j], a[j], 9);
            }
        }
    }
}
