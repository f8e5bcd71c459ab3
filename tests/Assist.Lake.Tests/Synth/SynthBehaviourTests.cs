using Assist.Lake.Tests.Support;
using Assist.Query;
using static Assist.Lake.Tests.Support.Sql;

namespace Assist.Lake.Tests.Synth;

/// <summary>
/// The synthetic problem logs behave as seeds/001 and 002 describe, measured with hand-written SQL over the files:
/// weaker students (lower percent correct on original items) ask for more hints, need more attempts, see more
/// bottom-out hints and take longer; percent correct rises over the school year; scores, scaffolding and actions
/// agree with each other.
/// </summary>
public sealed class SynthBehaviourTests(SynthLakeFixture fixture) : IClassFixture<SynthLakeFixture>
{
    private const string PerStudent = """
        SELECT al.user_xid,
               avg(CASE WHEN pl.path_info NOT LIKE '%SP%' THEN pl.discrete_score END) AS pct,
               avg(pl.hint_count) AS hints,
               avg(pl.attempt_count) AS attempts,
               avg(CASE WHEN pl.bottom_hint THEN 1.0 ELSE 0.0 END) AS bottom,
               avg(epoch(pl.end_time) - epoch(pl.start_time)) AS seconds
        FROM cas_core.student_data.problem_logs pl
        JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
        GROUP BY al.user_xid
        """;

    [Theory]
    [InlineData("hints", -0.4)]
    [InlineData("attempts", -0.3)]
    [InlineData("bottom", -0.3)]
    [InlineData("seconds", -0.3)]
    public void Students_with_lower_percent_correct_need_more_help(string measure, double atMost)
    {
        using var lake = LocalLake.Open(fixture.Directory);
        var correlation = Double(lake.Connection, $"SELECT corr(pct, {measure}) FROM ({PerStudent})");
        Assert.True(correlation < atMost, $"corr(percent correct, {measure}) = {correlation}, expected below {atMost}");
    }

    [Fact]
    public void Percent_correct_on_original_items_rises_month_by_month_of_the_school_year()
    {
        using var lake = LocalLake.Open(fixture.Directory);
        const string monthly = """
            SELECT date_diff('month', make_date(year(start_time) - CAST(month(start_time) < 9 AS INTEGER), 9, 1), CAST(start_time AS DATE)) AS month,
                   avg(discrete_score) AS pct
            FROM cas_core.student_data.problem_logs WHERE path_info NOT LIKE '%SP%' GROUP BY 1
            """;
        var slope = Double(lake.Connection, $"SELECT regr_slope(pct, month) FROM ({monthly})");
        var first = Double(lake.Connection, $"SELECT pct FROM ({monthly}) ORDER BY month LIMIT 1");
        var last = Double(lake.Connection, $"SELECT pct FROM ({monthly}) ORDER BY month DESC LIMIT 1");
        Assert.True(slope > 0.005, $"monthly slope of percent correct = {slope}");
        Assert.True(last - first > 0.05, $"percent correct went from {first} to {last}");
        Assert.True(Long(lake.Connection, $"SELECT count(*) FROM ({monthly})") >= 9);
    }

    [Fact]
    public void Discrete_score_is_one_only_for_a_correct_first_attempt_without_help()
    {
        using var lake = LocalLake.Open(fixture.Directory);
        Assert.Equal(0, Long(lake.Connection, """
            SELECT count(*) FROM cas_core.student_data.problem_logs
            WHERE discrete_score = 1 AND (attempt_count <> 1 OR hint_count <> 0 OR first_action_type_id IS NULL)
            """));
        Assert.Equal(0, Long(lake.Connection, """
            SELECT count(*) FROM cas_core.student_data.problem_logs
            WHERE bottom_hint AND (hint_count = 0 OR continuous_score <> 0)
            """));
        Assert.True(Long(lake.Connection, "SELECT count(*) FROM cas_core.student_data.problem_logs WHERE discrete_score = 0") > 0);
    }

    [Fact]
    public void Scaffolding_steps_follow_only_originals_not_answered_right_first()
    {
        using var lake = LocalLake.Open(fixture.Directory);
        Assert.True(Long(lake.Connection, "SELECT count(*) FROM cas_core.student_data.problem_logs WHERE path_info LIKE '%SP%'") > 0);
        Assert.Equal(0, Long(lake.Connection, """
            SELECT count(*) FROM cas_core.student_data.problem_logs s
            JOIN cas_core.student_data.problem_logs o
              ON o.assignment_log_id = s.assignment_log_id AND o.path_info = regexp_extract(s.path_info, '^(.*#[0-9]+/)', 1)
            WHERE s.path_info LIKE '%SP%' AND o.discrete_score = 1
            """));
        // Every step is a problem whose scaffold belongs to the original named in its path.
        Assert.Equal(0, Long(lake.Connection, """
            SELECT count(*) FROM cas_core.student_data.problem_logs s
            JOIN cas_content.core.problems p ON p.id = s.problem_id
            WHERE s.path_info LIKE '%SP%' AND p.scaffold_id IS NULL
            """));
    }

    [Fact]
    public void Problem_logs_lie_inside_their_assignment_log()
    {
        using var lake = LocalLake.Open(fixture.Directory);
        Assert.Equal(0, Long(lake.Connection, """
            SELECT count(*) FROM cas_core.student_data.problem_logs pl
            JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
            WHERE pl.start_time < al.start_time OR pl.end_time > al.end_time OR pl.end_time < pl.start_time
            """));
    }

    [Fact]
    public void Actions_agree_with_their_problem_log()
    {
        using var lake = LocalLake.Open(fixture.Directory);
        var mismatches = Long(lake.Connection, """
            WITH a AS (
                SELECT assignment_log_id, path,
                       count(*) FILTER (WHERE action_defn_type_id IN (16, 25)) AS hints,
                       count(*) FILTER (WHERE action_defn_type_id = 25) AS answers_shown,
                       count(*) FILTER (WHERE action_defn_type_id = 20) AS attempts,
                       count(*) FILTER (WHERE action_defn_type_id = 10) AS started,
                       count(*) FILTER (WHERE action_defn_type_id = 12) AS finished,
                       min("timestamp") AS first_at, max("timestamp") AS last_at
                FROM cas_core.student_data.actions WHERE problem_id IS NOT NULL GROUP BY ALL
            )
            SELECT count(*) FROM cas_core.student_data.problem_logs pl
            LEFT JOIN a ON a.assignment_log_id = pl.assignment_log_id AND a.path = pl.path_info
            WHERE a.hints IS DISTINCT FROM pl.hint_count
               OR a.attempts IS DISTINCT FROM pl.attempt_count
               OR a.answers_shown <> CASE WHEN pl.bottom_hint THEN 1 ELSE 0 END
               OR a.started <> 1
               OR a.finished <> CASE WHEN pl.end_time IS NULL THEN 0 ELSE 1 END
               OR a.first_at < pl.start_time
               OR a.last_at > pl.end_time
            """);
        Assert.Equal(0, mismatches);
    }
}
