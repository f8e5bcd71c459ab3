using System.Globalization;
using Assist.Query.Tests.Execution.Differential;
using Assist.Query.Tests.Model;
using DuckDB.NET.Data;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

namespace Assist.Query.Tests.Disclosure;

/// <summary>
/// The disclosure statement run on DuckDB over the seed rows: its own columns equal the query's own statement's rows,
/// and <c>#persons</c> and the <c>#top_share:</c> columns equal LINQ-to-Objects over the same rows.
/// </summary>
public class DisclosureResultTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    [Fact]
    public void Per_problem_persons_and_top_shares()
    {
        var since = Day0.AddDays(12);
        var query = from p in TestLake.ProblemLogs
                    where p.StartTime >= since
                    group p by p.ProblemId into g
                    orderby g.Key
                    select new { Problem = g.Key, Logs = g.Count(), Hints = g.Sum(x => x.HintCount), Attempts = g.Average(x => x.AttemptCount) };

        var expected = from p in ProblemLogs
                       where p.StartTime >= since
                       group p by p.ProblemId into g
                       orderby g.Key
                       select new object?[] { g.Key, (long)g.Select(p => Lookup.Log(p).UserXid).Distinct().Count(), TopShare(g, p => Lookup.Log(p).UserXid, p => p.HintCount), TopShare(g, p => Lookup.Log(p).UserXid, p => p.AttemptCount) };

        var rows = CheckOwnColumns(query, own: 4, ordered: true);
        AssertRows(expected.ToList(), rows.Select(r => new[] { r[0], r[4], r[5], r[6] }).ToList());
    }

    [Fact]
    public void An_ungrouped_aggregate_has_one_row_of_persons_and_shares()
    {
        var query = TestLake.ProblemLogs.Where(p => p.HintCount > 0).GroupBy(p => 1)
            .Select(g => new { Logs = g.Count(), Hints = g.Sum(p => p.HintCount) });

        var rows = CheckOwnColumns(query, own: 2);

        var hinted = ProblemLogs.Where(p => p.HintCount > 0).ToList();
        AssertRows([[(long)hinted.Select(p => Lookup.Log(p).UserXid).Distinct().Count(), TopShare(hinted, p => Lookup.Log(p).UserXid, p => p.HintCount)]],
            rows.Select(r => new[] { r[2], r[3] }).ToList());
    }

    [Fact]
    public void Null_keys_get_their_own_shares_and_a_zero_total_has_no_share()
    {
        // Discrete scores are NULL on some rows (a NULL key) and 0 on others (a cell whose hint total may be 0).
        var query = from p in TestLake.ProblemLogs
                    group p by p.DiscreteScore into g
                    select new { Score = g.Key, Hints = g.Sum(x => x.HintCount * 0), Attempts = g.Sum(x => x.AttemptCount) };

        var expected = from p in ProblemLogs
                       group p by p.DiscreteScore into g
                       select new object?[] { g.Key, (long)g.Select(p => Lookup.Log(p).UserXid).Distinct().Count(), TopShare(g, p => Lookup.Log(p).UserXid, p => 0), TopShare(g, p => Lookup.Log(p).UserXid, p => p.AttemptCount) };

        var rows = CheckOwnColumns(query, own: 3);
        AssertRows(expected.ToList(), rows.Select(r => new[] { r[0], r[3], r[4], r[5] }).ToList());
        Assert.Contains(rows, r => r[0] is null);
        Assert.All(rows, r => Assert.Null(r[4]));
    }

    [Fact]
    public void Memberships_count_only_user_members()
    {
        var query = from m in TestLake.PrincipalGroupMemberships
                    group m by m.GroupId into g
                    select new { Group = g.Key, Members = g.Count() };

        var expected = from m in Memberships
                       group m by m.GroupId into g
                       select new object?[] { g.Key, (long)g.Where(m => m.MemberTypeId == MemberType.User).Select(m => m.MemberId).Distinct().Count() };

        var rows = CheckOwnColumns(query, own: 2);
        AssertRows(expected.ToList(), rows.Select(r => new[] { r[0], r[2] }).ToList());
    }

    [Fact]
    public void An_aggregate_over_per_student_rows_counts_the_students_the_subquery_grouped_by()
    {
        // Per-student summaries aggregated again (a learning curve's shape): each subquery row is one student, so
        // persons are the distinct students of a cell and a student's share is the sum of their rows.
        var perStudent = from p in TestLake.ProblemLogs
                         group p by new { Student = p.AssignmentLog().UserXid, Scored = p.DiscreteScore != null } into g
                         select new { g.Key.Student, g.Key.Scored, Logs = g.Count(), Hints = g.Sum(x => x.HintCount) };
        var query = from s in perStudent
                    group s by s.Scored into g
                    select new { Scored = g.Key, Rows = g.Count(), Hints = g.Sum(x => x.Hints), MeanLogs = g.Average(x => x.Logs) };

        var students = (from p in ProblemLogs
                        group p by (Student: Lookup.Log(p).UserXid, Scored: p.DiscreteScore != null) into g
                        select (g.Key.Student, g.Key.Scored, Logs: g.Count(), Hints: g.Sum(x => (long)x.HintCount))).ToList();
        var expected = from s in students
                       group s by s.Scored into g
                       select new object?[] { g.Key, (long)g.Select(s => s.Student).Distinct().Count(), TopShare(g, s => s.Student, s => s.Hints), TopShare(g, s => s.Student, s => s.Logs) };

        var rows = CheckOwnColumns(query, own: 4);
        AssertRows(expected.ToList(), rows.Select(r => new[] { r[0], r[4], r[5], r[6] }).ToList());
        Assert.Equal("cas_core.student_data.assignment_logs.user_xid", query.Disclosure(SqlDialect.DuckDb).PersonPath);
    }

    // max over persons of |person's sum| / sum over persons of |person's sum|; null when that sum is 0.
    private static double? TopShare<T>(IEnumerable<T> rows, Func<T, long> person, Func<T, double> value)
    {
        var sums = rows.GroupBy(person).Select(g => Math.Abs(g.Sum(value))).ToList();
        var total = sums.Sum();
        return total == 0 ? null : sums.Max() / total;
    }

    // The disclosure statement's first columns equal the query's own statement: in its order when it has an ORDER BY.
    private List<object?[]> CheckOwnColumns<T>(Query<T> query, int own, bool ordered = false)
    {
        var plain = Run(query.ToSql(SqlDialect.DuckDb));
        var disclosed = Run(query.Disclosure(SqlDialect.DuckDb).Sql);
        Assert.NotEmpty(plain);
        Assert.Equal(plain.Count, disclosed.Count);
        Assert.All(disclosed, r => Assert.True(r.Length > own));
        var expected = plain.Select(r => RowComparer.Text(r.ToList())).ToList();
        var actual = disclosed.Select(r => RowComparer.Text(r[..own].ToList())).ToList();
        if (!ordered)
        {
            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
        }

        Assert.Equal(expected, actual);
        return disclosed;
    }

    private List<object?[]> Run(SqlText sql)
    {
        lock (fixture.Database)
        {
            using var command = fixture.Database.Connection.CreateCommand();
            command.CommandText = sql.Text;
            foreach (var parameter in sql.Parameters)
            {
                command.Parameters.Add(new DuckDBParameter(parameter.Value is Enum e ? Convert.ToInt64(e, CultureInfo.InvariantCulture) : parameter.Value ?? DBNull.Value));
            }

            using var reader = command.ExecuteReader();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
            }

            return rows;
        }
    }

    // Numbers compare as doubles (DuckDB's HUGEINT sums, integer keys); rows as multisets by their text.
    private static void AssertRows(List<object?[]> expected, List<object?[]> actual)
    {
        static string Text(object?[] row) => string.Join("|", row.Select(v => v switch
        {
            null => "null",
            IConvertible c => Math.Round(c.ToDouble(CultureInfo.InvariantCulture), 9).ToString("R", CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(Text).Order(StringComparer.Ordinal), actual.Select(Text).Order(StringComparer.Ordinal));
    }
}
