using Assist.Query.Metadata;
using Assist.Schema.Model;
using Assist.Query.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.Query.Tests.Dialects.DuckDb;

/// <summary>
/// docs/dialects.md #8: Trino's date_trunc keeps a DATE a DATE; DuckDB 1.5's returns a TIMESTAMP, so the DuckDB emitter casts
/// back. The lake has no DATE column, so this uses a small table of its own, shaped as the generator emits.
/// </summary>
public sealed class DateTruncationOnDateTests
{
    private static readonly TableSource<DailyCount> s_dailyCounts = new();

    [Fact]
    public void Truncating_a_date_stays_a_date_in_both_dialects()
    {
        var query = s_dailyCounts.Select(d => Sql.TruncateToMonth(d.Day));

        SqlAssert.Sql(query,
            trino: """
                SELECT date_trunc('month', "t0"."day") AS "value"
                FROM "cas_core"."student_data"."daily_counts" AS "t0"
                """,
            duckdb: """
                SELECT CAST(date_trunc('month', "t0"."day") AS DATE) AS "value"
                FROM "cas_core"."student_data"."daily_counts" AS "t0"
                """);
    }

    [Fact]
    public async Task Truncated_dates_on_DuckDb_equal_LINQ_to_objects()
    {
        DailyCount[] rows =
        [
            new() { Id = 1, Day = new DateOnly(2024, 1, 31), Problems = 3 },
            new() { Id = 2, Day = new DateOnly(2024, 2, 1), Problems = 5 },
            new() { Id = 3, Day = new DateOnly(2024, 2, 29), Problems = 7 },
            new() { Id = 4, Day = new DateOnly(2023, 12, 1), Problems = 1 },
        ];
        using var database = new DuckDbTestDatabase(DailyCount.Metadata);
        database.Insert(rows);

        var query =
            from d in s_dailyCounts
            group d by Sql.TruncateToMonth(d.Day) into g
            orderby g.Key
            select new { Month = g.Key, Problems = g.Sum(x => x.Problems) };
        var actual = await query.ToListAsync(database.Connection);

        var expected = rows
            .GroupBy(d => new DateOnly(d.Day.Year, d.Day.Month, 1))
            .OrderBy(g => g.Key)
            .Select(g => new { Month = g.Key, Problems = g.Sum(x => x.Problems) })
            .ToList();
        Assert.Equal(expected, actual);
    }

    /// <summary>One day's count of problems: a table with a DATE column, registered as generated code would.</summary>
    public sealed class DailyCount : IEntity<DailyCount>
    {
        public static readonly TableMetadata Metadata = Register();

        public long Id { get; init; }

        public DateOnly Day { get; init; }

        public int Problems { get; init; }

        static TableMetadata IEntity<DailyCount>.Table => Metadata;

        private static TableMetadata Register()
        {
            var table = new TableMetadata(
                "cas_core",
                "student_data",
                "daily_counts",
                typeof(DailyCount),
                [
                    new ColumnMetadata("id", nameof(Id), SqlType.Simple(SqlTypeKind.Bigint), typeof(long), IsNullable: false, IsPii: false, Description: null),
                    new ColumnMetadata("day", nameof(Day), SqlType.Simple(SqlTypeKind.Date), typeof(DateOnly), IsNullable: false, IsPii: false, Description: null),
                    new ColumnMetadata("problems", nameof(Problems), SqlType.Simple(SqlTypeKind.Integer), typeof(int), IsNullable: false, IsPii: false, Description: null),
                ],
                ["id"],
                "Problems per day (test table).");
            LakeModel.Register(table);
            return table;
        }
    }
}
