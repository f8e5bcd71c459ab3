using Assist.Query.Tests.Model;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

namespace Assist.Query.Tests.Execution.Differential;

/// <summary>Each operator on DuckDB against LINQ-to-Objects over the same rows.</summary>
public class OperatorTests(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private async Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) =>
        RowComparer.Same(expected, await query.ToListAsync(fixture.Database.Connection), ordered);

    [Fact]
    public Task Where_with_captured_value_and_literal()
    {
        var since = Day0.AddDays(20);
        return Check(TestLake.ProblemLogs.Where(p => p.StartTime >= since && p.HintCount > 1),
            ProblemLogs.Where(p => p.StartTime >= since && p.HintCount > 1));
    }

    [Fact]
    public Task Select_entity() => Check(TestLake.Users, Users);

    [Fact]
    public Task Select_anonymous_with_nulls() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.Id, p.EndTime, p.BottomHint, p.FirstActionTypeId, p.ContinuousScore }),
            ProblemLogs.Select(p => new { p.Id, p.EndTime, p.BottomHint, p.FirstActionTypeId, p.ContinuousScore }));

    [Fact]
    public Task OrderBy_ThenBy_with_ties_Skip_Take() =>
        Check(TestLake.ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Skip(3).Take(7).Select(p => new { p.Id, p.HintCount }),
            ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Skip(3).Take(7).Select(p => new { p.Id, p.HintCount }), ordered: true);

    [Fact]
    public async Task OrderBy_nullable_puts_nulls_where_csharp_does()
    {
        // LINQ's default comparer orders null before every value: first ascending, last descending.
        await Check(TestLake.ProblemLogs.OrderBy(p => p.ContinuousScore).ThenBy(p => p.Id).Select(p => p.Id),
            ProblemLogs.OrderBy(p => p.ContinuousScore).ThenBy(p => p.Id).Select(p => p.Id), ordered: true);
        await Check(TestLake.ProblemLogs.OrderByDescending(p => p.AnswerText).ThenBy(p => p.Id).Skip(2).Take(9).Select(p => p.Id),
            ProblemLogs.OrderByDescending(p => p.AnswerText, StringComparer.Ordinal).ThenBy(p => p.Id).Skip(2).Take(9).Select(p => p.Id), ordered: true);
    }

    [Fact]
    public Task Take_then_Where_keeps_operator_order() =>
        Check(TestLake.ProblemLogs.OrderBy(p => p.Id).Take(10).Where(p => p.HintCount > 0).Select(p => p.Id),
            ProblemLogs.OrderBy(p => p.Id).Take(10).Where(p => p.HintCount > 0).Select(p => p.Id));

    [Fact]
    public Task Distinct() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.ProblemId, p.HintCount }).Distinct(),
            ProblemLogs.Select(p => new { p.ProblemId, p.HintCount }).Distinct());

    [Fact]
    public Task Distinct_then_select_counts_rows_not_values() =>
        Check(TestLake.ProblemLogs.Select(p => new { p.ProblemId, p.HintCount }).Distinct().Select(x => x.ProblemId),
            ProblemLogs.Select(p => new { p.ProblemId, p.HintCount }).Distinct().Select(x => x.ProblemId));

    [Fact]
    public Task Group_with_aggregates_empty_filtered_sums_and_count_distinct() =>
        Check(from p in TestLake.ProblemLogs
              group p by p.AssignmentLogId into g
              select new
              {
                  g.Key,
                  Count = g.Count(),
                  Long = g.LongCount(),
                  Hints = g.Sum(x => x.HintCount),
                  Avg = g.Average(x => x.AttemptCount),
                  Min = g.Min(x => x.StartTime),
                  Max = g.Max(x => x.ContinuousScore),
                  Bottom = g.Count(x => x.BottomHint == true),
                  BigHints = g.Where(x => x.HintCount > 10).Sum(x => x.HintCount),
                  Problems = g.Select(x => x.ProblemId).Distinct().Count(),
                  AnyHint = g.Any(x => x.HintCount > 3),
                  AllScored = g.All(x => x.ContinuousScore > 0.1),
              },
              from p in ProblemLogs
              group p by p.AssignmentLogId into g
              select new
              {
                  g.Key,
                  Count = g.Count(),
                  Long = g.LongCount(),
                  Hints = g.Sum(x => x.HintCount),
                  Avg = g.Average(x => x.AttemptCount),
                  Min = g.Min(x => x.StartTime),
                  Max = g.Max(x => x.ContinuousScore),
                  Bottom = g.Count(x => x.BottomHint == true),
                  BigHints = g.Where(x => x.HintCount > 10).Sum(x => x.HintCount),
                  Problems = g.Select(x => x.ProblemId).Distinct().Count(),
                  AnyHint = g.Any(x => x.HintCount > 3),
                  AllScored = g.All(x => x.ContinuousScore > 0.1),
              });

    [Fact]
    public Task Group_by_composite_key_with_having_and_order() =>
        Check(from p in TestLake.ProblemLogs
              group p by new { p.ProblemId, p.AttemptCount } into g
              where g.Count() > 1
              orderby g.Key.ProblemId, g.Key.AttemptCount
              select new { g.Key.ProblemId, g.Key.AttemptCount, N = g.Count() },
              from p in ProblemLogs
              group p by new { p.ProblemId, p.AttemptCount } into g
              where g.Count() > 1
              orderby g.Key.ProblemId, g.Key.AttemptCount
              select new { g.Key.ProblemId, g.Key.AttemptCount, N = g.Count() }, ordered: true);

    [Fact]
    public Task Group_with_element_selector_and_result_selector() =>
        Check(TestLake.ProblemLogs.GroupBy(p => p.ProblemId, (k, rows) => new { k, Total = rows.Sum(r => r.AttemptCount) }),
            ProblemLogs.GroupBy(p => p.ProblemId, (k, rows) => new { k, Total = rows.Sum(r => r.AttemptCount) }));

    [Fact]
    public Task Join_inner() =>
        Check(from p in TestLake.ProblemLogs
              join a in TestLake.AssignmentLogs on p.AssignmentLogId equals a.Id
              where a.EndTime != null
              select new { p.Id, a.UserXid },
              from p in ProblemLogs
              join a in AssignmentLogs on p.AssignmentLogId equals a.Id
              where a.EndTime != null
              select new { p.Id, a.UserXid });

    [Fact]
    public Task GroupJoin_DefaultIfEmpty_is_left_join() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into g
              from p in g.DefaultIfEmpty()
              select new { a.Id, Problem = p == null ? (long?)null : p.Id },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into g
              from p in g.DefaultIfEmpty()
              select new { a.Id, Problem = p == null ? (long?)null : p.Id });

    [Fact]
    public Task GroupJoin_aggregate_is_correlated_subquery() =>
        Check(from a in TestLake.AssignmentLogs
              join p in TestLake.ProblemLogs on a.Id equals p.AssignmentLogId into g
              select new { a.Id, N = g.Count(), H = g.Sum(x => x.HintCount) },
              from a in AssignmentLogs
              join p in ProblemLogs on a.Id equals p.AssignmentLogId into g
              select new { a.Id, N = g.Count(), H = g.Sum(x => x.HintCount) });

    [Fact]
    public Task Cross_join_of_two_queries() =>
        Check(from g in TestLake.PrincipalGroupDefinitions
              from pr in TestLake.Problems
              select new { G = g.Id, P = pr.Id },
              from g in Groups
              from pr in Problems
              select new { G = g.Id, P = pr.Id });

    [Fact]
    public Task Set_operations()
    {
        var a = TestLake.ProblemLogs.Where(p => p.HintCount > 1).Select(p => p.ProblemId);
        var b = TestLake.ProblemLogs.Where(p => p.AttemptCount > 2).Select(p => p.ProblemId);
        var la = ProblemLogs.Where(p => p.HintCount > 1).Select(p => p.ProblemId).ToList();
        var lb = ProblemLogs.Where(p => p.AttemptCount > 2).Select(p => p.ProblemId).ToList();
        return Task.WhenAll(
            Check(a.Union(b), la.Union(lb)),
            Check(a.Concat(b), la.Concat(lb)),
            Check(a.Intersect(b), la.Intersect(lb)),
            Check(TestLake.Users.Select(u => u.Id).Except(TestLake.PrincipalGroupMemberships.Where(m => m.MemberTypeId == MemberType.User).Select(m => m.MemberId)),
                Users.Select(u => u.Id).Except(Memberships.Where(m => m.MemberTypeId == MemberType.User).Select(m => m.MemberId))));
    }

    [Fact]
    public async Task Top_level_aggregates()
    {
        var connection = fixture.Database.Connection;
        Assert.Equal(ProblemLogs.LongCount(p => p.HintCount > 1), await TestLake.ProblemLogs.Where(p => p.HintCount > 1).CountQuery().ScalarAsync(connection));
        Assert.Equal(ProblemLogs.LongCount(p => p.BottomHint == true), await TestLake.ProblemLogs.CountQuery(p => p.BottomHint == true).ScalarAsync(connection));
        Assert.Equal(ProblemLogs.Sum(p => (long)p.HintCount), await TestLake.ProblemLogs.SumQuery(p => p.HintCount).ScalarAsync(connection));
        Assert.Equal(0L, await TestLake.ProblemLogs.Where(p => p.HintCount > 100).SumQuery(p => p.HintCount).ScalarAsync(connection));
        Assert.True(await TestLake.ProblemLogs.AnyQuery().ScalarAsync(connection));
        Assert.False(await TestLake.ProblemLogs.Where(p => p.HintCount > 100).AnyQuery().ScalarAsync(connection));
    }

    [Fact]
    public Task Window_functions() =>
        Check(TestLake.ProblemLogs.Select(p => new
        {
            p.Id,
            N = Window.RowNumber(Window.PartitionBy(p.AssignmentLogId).OrderBy(p.StartTime).ThenBy(p.Id)),
            R = Window.Rank(Window.PartitionBy(p.AssignmentLogId).OrderBy(p.HintCount)),
            D = Window.DenseRank(Window.PartitionBy(p.AssignmentLogId).OrderBy(p.HintCount)),
            Running = Window.Sum(p.HintCount, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id).Rows(null, 0)),
            Prev = Window.Lag(p.HintCount, 1, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id)),
            Next = Window.Lead(p.HintCount, 1, Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id)),
        }),
        ProblemLogs.GroupBy(p => p.AssignmentLogId).SelectMany(g =>
        {
            var byTime = g.OrderBy(p => p.StartTime).ThenBy(p => p.Id).ToList();
            var byId = g.OrderBy(p => p.Id).ToList();
            return g.Select(p => new
            {
                p.Id,
                N = (long)byTime.IndexOf(p) + 1,
                R = (long)g.Count(o => o.HintCount < p.HintCount) + 1,
                D = (long)g.Where(o => o.HintCount < p.HintCount).Select(o => o.HintCount).Distinct().Count() + 1,
                Running = (long)byId.TakeWhile(o => o.Id <= p.Id).Sum(o => o.HintCount),
                Prev = byId.IndexOf(p) == 0 ? (int?)null : byId[byId.IndexOf(p) - 1].HintCount,
                Next = byId.IndexOf(p) == byId.Count - 1 ? (int?)null : byId[byId.IndexOf(p) + 1].HintCount,
            });
        }));

    [Fact]
    public Task Window_bound_with_let()
    {
        var query = from p in TestLake.ProblemLogs
                    let w = Window.PartitionBy(p.AssignmentLogId).OrderBy(p.Id)
                    select new { p.Id, N = Window.RowNumber(w), Prev = Window.Lag(p.HintCount, 1, w), Running = Window.Sum(p.HintCount, w) };
        return Check(query, ProblemLogs.GroupBy(p => p.AssignmentLogId).SelectMany(g =>
        {
            var byId = g.OrderBy(p => p.Id).ToList();
            return byId.Select((p, i) => new
            {
                p.Id,
                N = (long)i + 1,
                Prev = i == 0 ? (int?)null : byId[i - 1].HintCount,
                Running = byId.Take(i + 1).Sum(o => (long)o.HintCount),
            });
        }));
    }

    [Fact]
    public Task Window_after_paging_numbers_only_the_paged_rows()
    {
        // SQL runs window functions before LIMIT: numbering every row and then keeping ten would give other numbers.
        var query = TestLake.ProblemLogs.OrderBy(p => p.Id).Take(10).Select(p => new { p.Id, N = Window.RowNumber(Window.OrderByDescending(p.Id)) });
        var firstTen = ProblemLogs.OrderBy(p => p.Id).Take(10).ToList();
        return Check(query, firstTen.Select((p, i) => new { p.Id, N = (long)(firstTen.Count - i) }));
    }

    [Fact]
    public async Task Distinct_keeps_an_ordering_by_selected_values_and_refuses_one_by_other_values()
    {
        // SELECT DISTINCT can be ordered only by what it selects: Trino refuses the statement, DuckDB would run it.
        var orderedBySelected = TestLake.ProblemLogs.OrderBy(p => p.ProblemId).Select(p => p.ProblemId).Distinct();
        var orderedByOther = TestLake.ProblemLogs.OrderBy(p => p.StartTime).Select(p => p.ProblemId).Distinct();

        await Check(orderedBySelected, ProblemLogs.OrderBy(p => p.ProblemId).Select(p => p.ProblemId).Distinct(), ordered: true);
        var refusal = Assert.Throws<UntranslatableQueryException>(() => orderedByOther.ToSql(SqlDialect.Athena));
        Assert.Contains("call Distinct() before OrderBy", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task Paging_after_paging_pages_the_ordered_rows()
    {
        // The outer OFFSET and LIMIT must see the inner page in its order: a derived table alone is an unordered set.
        var query = TestLake.ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Take(12).Skip(3).Where(p => p.AttemptCount > 0).Take(4)
            .Select(p => new { p.Id, p.HintCount });
        return Check(query, ProblemLogs.OrderByDescending(p => p.HintCount).ThenBy(p => p.Id).Take(12).Skip(3).Where(p => p.AttemptCount > 0).Take(4)
            .Select(p => new { p.Id, p.HintCount }), ordered: true);
    }

    [Fact]
    public Task Lag_of_a_null_text_reads_as_text()
    {
        // DuckDB types a bare NULL as INTEGER: lag(NULL, 1) must be cast to the value's type or the string column fails to read.
        var query = TestLake.ProblemLogs.Select(p => new { p.Id, Previous = Window.Lag((string?)null, 1, Window.OrderBy(p.Id)) });
        return Check(query, ProblemLogs.Select(p => new { p.Id, Previous = (string?)null }));
    }

    [Fact]
    public async Task A_second_OrderBy_is_a_stable_sort_the_first_ordering_breaks_its_ties()
    {
        // C# sorts stably: ties of the new key keep the earlier order, so the earlier keys follow the new ones in SQL.
        await Check(TestLake.ProblemLogs.OrderBy(p => p.Id).OrderBy(p => p.HintCount).Select(p => new { p.Id, p.HintCount }),
            ProblemLogs.OrderBy(p => p.Id).OrderBy(p => p.HintCount).Select(p => new { p.Id, p.HintCount }), ordered: true);
        await Check(TestLake.ProblemLogs.OrderByDescending(p => p.Id).OrderBy(p => p.AttemptCount).ThenBy(p => p.HintCount).Take(9).Select(p => p.Id),
            ProblemLogs.OrderByDescending(p => p.Id).OrderBy(p => p.AttemptCount).ThenBy(p => p.HintCount).Take(9).Select(p => p.Id), ordered: true);
        await Check(TestLake.ProblemLogs.OrderBy(p => p.Id).Take(15).OrderByDescending(p => p.HintCount).Take(6).Select(p => p.Id),
            ProblemLogs.OrderBy(p => p.Id).Take(15).OrderByDescending(p => p.HintCount).Take(6).Select(p => p.Id), ordered: true);
    }

    [Fact]
    public async Task Strings_order_as_ordinal_comparison_orders_them()
    {
        // Both engines order varchar by code point, which is C#'s ordinal order (docs/dialects.md #55).
        var mixed = new[] { "b", "B", "a", "A", "_x", "Z1", "z" };
        await Check(TestLake.ProblemLogs.Where(p => p.AnswerText != null).OrderBy(p => p.AnswerText).ThenBy(p => p.Id).Select(p => p.AnswerText),
            ProblemLogs.Where(p => p.AnswerText != null).OrderBy(p => p.AnswerText, StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => p.AnswerText), ordered: true);
        Assert.Equal(mixed.Order(StringComparer.Ordinal), mixed.Order());
    }

    [Fact]
    public Task A_conditional_whose_branches_are_all_null_reads_as_its_type()
    {
        // `x ? null : captured` with a null capture: every CASE branch is a bare NULL, which DuckDB would type INTEGER.
        bool? none = null;
        var query = TestLake.ProblemLogs.GroupBy(p => p.HintCount != 1 ? null : none).Select(g => new { g.Key, Count = g.LongCount() });
        return Check(query, ProblemLogs.GroupBy(p => p.HintCount != 1 ? null : none).Select(g => new { g.Key, Count = g.LongCount() }));
    }

    [Fact]
    public Task A_coalesce_of_nulls_reads_as_its_type()
    {
        // `null ?? null` written in the query: coalesce(NULL, NULL) is typed INTEGER by DuckDB, and the text column failed
        // to read (found by the 10,000-example generative run).
        var query = TestLake.ProblemLogs.Select(p => new { p.Id, Text = (string?)null ?? (string?)null, Note = (string?)null ?? p.AnswerText });
        return Check(query, ProblemLogs.Select(p => new { p.Id, Text = (string?)null ?? (string?)null, Note = (string?)null ?? p.AnswerText }));
    }
}
