using Xunit;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>
/// Natural code SQL cannot keep the meaning of (or that has no translation yet): refused for every dialect with a
/// message naming the construct and what to write instead.
/// </summary>
public class ResearcherRefusalTests
{
    [Fact]
    public void First_or_last_of_an_ordered_group_points_to_row_number() =>
        CorrectnessCheck.Refused(from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, First = g.OrderBy(x => x.StartTime).First().HintCount },
            "a group's rows ordered, paged or picked (First/Last/Take of a group)");

    [Fact]
    public void Any_over_a_captured_list_asks_for_contains()
    {
        var ids = new[] { 2L, 5L, 9L };
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Where(p => ids.Any(i => i == p.Id)).Select(p => p.Id), "a captured collection used with an operator other than Contains");
    }

    [Fact]
    public void A_date_built_from_columns_points_to_truncation() =>
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => new DateTime(p.StartTime.Year, p.StartTime.Month, 1)), "Sql.TruncateToMonth");

    // C# formats with the current culture and Convert rounds to even: neither has an SQL spelling with the same result.
    [Fact]
    public void Formatting_dates_and_convert_rounding_are_refused()
    {
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => p.StartTime.ToString("yyyy-MM")), "DateTime.ToString");
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => Convert.ToInt32(p.ContinuousScore ?? 0)), "Convert.ToInt32");
    }

    // string.Compare's culture order differs from SQL's byte order.
    [Fact]
    public void Culture_comparison_and_time_of_day_are_refused()
    {
        CorrectnessCheck.Refused(TestLake.Users.Where(u => string.Compare(u.Username, "c") > 0), "string.Compare");
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => p.StartTime.TimeOfDay.TotalHours), "DateTime.TimeOfDay");
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => DateOnly.FromDateTime(p.StartTime).DayNumber), "DateOnly.DayNumber");
    }

    private static bool IsHard(ProblemLog p) => p.HintCount > 2;

    // Helper methods and delegates are compiled code: the message says so rather than naming an expression node.
    [Fact]
    public void Own_methods_delegates_and_arrays_say_what_to_write_instead()
    {
        Func<ProblemLog, bool> hard = p => p.HintCount > 2;
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Where(p => IsHard(p)), "the method ResearcherRefusalTests.IsHard of your own code");
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Where(p => hard(p)), "a call of a delegate (Func<…>) inside a query");
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Select(p => new[] { p.HintCount, p.AttemptCount }), "an array built inside a query");
    }

    // A left join's ON condition cannot move to WHERE, and the navigation's joins must follow the joined table.
    [Fact]
    public void A_navigation_in_the_filter_of_a_left_joined_collection_is_refused() =>
        CorrectnessCheck.Refused(from u in TestLake.Users
                                 from a in TestLake.AssignmentLogs.AsSequence().Where(a => a.User().Id == u.Id).DefaultIfEmpty()
                                 select new { u.Id, Log = a == null ? (long?)null : a.Id },
            "a navigation in the filter of a left-joined collection");

    // A list's length is part of the statement (one parameter per item), and a compiled query has one statement for
    // every call: the message said "a sequence … @p0" before.
    [Fact]
    public void A_list_argument_of_a_compiled_query_names_the_argument()
    {
        var byList = Query.Compile((List<int> ids) => TestLake.ProblemLogs.Where(p => ids.Contains(p.HintCount)).Select(p => p.Id));
        foreach (var dialect in new[] { SqlDialect.Trino, SqlDialect.Athena, SqlDialect.DuckDb })
        {
            var error = Assert.Throws<UntranslatableQueryException>(() => byList.ToSql([1, 2], dialect));
            Assert.Contains("a collection as an argument of a compiled query ('ids')", error.Message, StringComparison.Ordinal);
            Assert.Contains(dialect.Name, error.Message, StringComparison.Ordinal);
        }
    }

    // Natural code with no SQL translation yet: each refusal names the construct.
    [Fact]
    public void String_join_last_in_a_lambda_and_time_span_comparison_are_refused()
    {
        CorrectnessCheck.Refused(from p in TestLake.ProblemLogs group p by p.AssignmentLogId into g select new { g.Key, J = string.Join(",", g.Select(x => x.ProblemId)) },
            "the method string.Join");
        CorrectnessCheck.Refused(TestLake.AssignmentLogs.Select(a => a.ProblemLogs().OrderBy(p => p.Id).Select(p => (long?)p.Id).LastOrDefault()),
            "the sequence method LastOrDefault inside a lambda");
        CorrectnessCheck.Refused(TestLake.ProblemLogs.Where(p => p.EndTime - p.StartTime > TimeSpan.FromMinutes(20)), "a TimeSpan used as a value");
    }
}
