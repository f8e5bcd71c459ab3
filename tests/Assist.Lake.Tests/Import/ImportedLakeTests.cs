using System.Text.Json;
using Assist.Lake.Tests.Support;
using Assist.Query;
using Assist.Query.Local;
using Dapper;

namespace Assist.Lake.Tests.Import;

/// <summary>An imported lake is a lake: it passes LocalLake's schema check, its xids resolve, and it says where its values come from.</summary>
[Collection(PublicLakesCollection.Name)]
public sealed class ImportedLakeTests(PublicLakesFixture lakes)
{
    [Theory]
    [InlineData("assistments-2017-sample.csv.gz")]
    [InlineData("assist2009-responses.csv.gz")]
    public async Task The_imported_lake_matches_the_schema_and_every_foreign_key_and_xid_resolves(string file)
    {
        using var lake = LocalLake.Open(await lakes.Lake(file));
        Assert.Empty(lake.VerifySchema());

        var orphans = lake.Connection.ExecuteScalar<long>("""
            SELECT (SELECT count(*) FROM cas_core.student_data.problem_logs pl
                    WHERE NOT EXISTS (SELECT 1 FROM cas_core.student_data.assignment_logs al WHERE al.id = pl.assignment_log_id))
                 + (SELECT count(*) FROM cas_core.student_data.problem_logs pl
                    WHERE NOT EXISTS (SELECT 1 FROM cas_content.core.problems p WHERE p.id = pl.problem_id))
                 + (SELECT count(*) FROM cas_core.student_data.assignment_logs al
                    WHERE NOT EXISTS (SELECT 1 FROM cas_core.core.external_references x
                                      WHERE x.id = al.assignment_xid AND x.xref_type_id = 3 AND x.partner_id = 5))
                 + (SELECT count(*) FROM cas_core.core.assignments a
                    WHERE NOT EXISTS (SELECT 1 FROM cas_content.core.problem_set_definitions ps WHERE ps.id = a.problem_set_id))
            """);
        Assert.Equal(0, orphans);

        // Through the generated navigation: every assignment log reaches its user row and its assignment row.
        var resolved = await (from al in Lake.CasCore.StudentData.AssignmentLogs
                              where al.User().Id > 0 && al.Assignment().Id > 0
                              select al.Id).CountQuery().ScalarAsync(lake);
        Assert.Equal(await Lake.CasCore.StudentData.AssignmentLogs.CountQuery().ScalarAsync(lake), resolved);
    }

    [Fact]
    public async Task The_2017_file_keeps_its_own_times_ids_and_counts_and_puts_student_columns_in_a_side_table()
    {
        using var lake = LocalLake.Open(await lakes.Lake("assistments-2017-sample.csv.gz"));
        var hand = lake.Connection.QuerySingle<(long Id, DateTime Start, int Attempts, int Hints)>("""
            SELECT action_num, make_timestamp(startTime * 1000000), attemptCount, hintCount
            FROM read_csv(?, header = true) ORDER BY action_num LIMIT 1
            """.Replace("?", "'" + PublicData.File("assistments-2017-sample.csv.gz") + "'", StringComparison.Ordinal));
        var typed = await (from pl in Lake.CasCore.StudentData.ProblemLogs
                           orderby pl.Id
                           select new { pl.Id, pl.StartTime, pl.AttemptCount, pl.HintCount }).FirstAsync(lake);
        Assert.Equal((hand.Id, hand.Start, hand.Attempts, hand.Hints), (typed.Id, typed.StartTime, typed.AttemptCount, typed.HintCount));

        var sideStudents = lake.Connection.ExecuteScalar<long>("SELECT count(*) FROM \"_side\".assistments_2017.student_attributes WHERE MCAS IS NOT NULL");
        Assert.Equal(553, sideStudents);
    }

    [Fact]
    public async Task Synthesized_times_keep_each_student_s_order_inside_the_school_year_asked_for()
    {
        using var lake = LocalLake.Open(await lakes.Lake("assist2009-responses.csv.gz"));
        var first = await Lake.CasCore.StudentData.ProblemLogs.MinQuery(pl => pl.StartTime).ScalarAsync(lake);
        var last = await Lake.CasCore.StudentData.ProblemLogs.MaxQuery(pl => pl.StartTime).ScalarAsync(lake);
        Assert.True(first >= new DateTime(2009, 9, 8) && last < new DateTime(2010, 7, 1), $"problem logs run from {first} to {last}");

        // Ids follow each student's order (seq_pos), and so do the times.
        var outOfOrder = lake.Connection.ExecuteScalar<long>("""
            SELECT count(*) FROM (
                SELECT pl.start_time < lag(pl.start_time) OVER (PARTITION BY al.user_xid ORDER BY pl.id) AS earlier
                FROM cas_core.student_data.problem_logs pl JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id)
            WHERE earlier
            """);
        Assert.Equal(0, outOfOrder);
    }

    [Fact]
    public async Task The_provenance_file_lists_every_table_written_with_an_origin_for_every_column()
    {
        var directory = await lakes.Lake("assist2015-responses.csv.gz");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "_provenance.json")));
        var root = json.RootElement;
        Assert.Equal("responses", root.GetProperty("format").GetString());
        Assert.Equal(683_801, root.GetProperty("files")[0].GetProperty("rows").GetInt64());

        var tables = root.GetProperty("tables").EnumerateObject().ToDictionary(t => t.Name, t => t.Value);
        using var lake = LocalLake.Open(directory);
        Assert.Equal(lake.Tables.Where(t => !t.StartsWith('_')).Order(StringComparer.Ordinal), tables.Keys.Order(StringComparer.Ordinal));
        var logs = tables["cas_core.student_data.problem_logs"].GetProperty("columns");
        Assert.Equal("synthesized", logs.GetProperty("start_time").GetProperty("origin").GetString());
        Assert.Equal("platform", logs.GetProperty("discrete_score").GetProperty("origin").GetString());
        Assert.Equal("empty", logs.GetProperty("answer_text").GetProperty("origin").GetString());
        Assert.Equal(683_801, root.GetProperty("sideTables").GetProperty("_side/responses/problem_log_skills").GetProperty("rows").GetInt64());
    }
}
