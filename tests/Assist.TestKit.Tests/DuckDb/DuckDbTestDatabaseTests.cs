using Assist.TestKit;
using Xunit;

namespace Assist.TestKit.Tests.DuckDb;

public sealed class DuckDbTestDatabaseTests
{
    private static readonly DateTime s_start = new(2024, 9, 17, 8, 30, 15, 123, DateTimeKind.Utc);

    [Fact]
    public void Creates_the_table_with_duckdb_types_and_nullability()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table);

        var columns = db.QueryRows("""
            SELECT column_name, data_type, is_nullable
            FROM information_schema.columns
            WHERE table_catalog = 'cas_core' AND table_schema = 'student_data' AND table_name = 'sample_logs'
            ORDER BY ordinal_position
            """);

        Assert.Equal(
            [
                "id BIGINT NO", "user_xid BIGINT NO", "timestamp TIMESTAMP NO", "hint_count INTEGER NO", "score DOUBLE YES",
                "kind INTEGER YES", "bottom_hint BOOLEAN NO", "day DATE NO", "logged_at TIMESTAMP WITH TIME ZONE YES",
                "amount DECIMAL(10,2) NO", "ratio FLOAT NO", "tags VARCHAR[] YES", "answer_text VARCHAR YES",
            ],
            columns.Select(c => $"{c[0]} {c[1]} {c[2]}"));
    }

    [Fact]
    public void The_create_statement_quotes_names_and_marks_not_null()
    {
        Assert.Equal(
            """
            CREATE TABLE "cas_content"."core"."problems" (
                "id" BIGINT NOT NULL,
                "body" VARCHAR NOT NULL
            )
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            DuckDbTestDatabase.CreateTableSql(SampleProblem.Table));
    }

    [Fact]
    public void Attaches_one_catalog_per_lake_catalog_so_three_part_names_work()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table, SampleProblem.Table);
        db.Insert([new SampleProblem(7, "What is 2 + 2?")]);

        var catalogs = db.QueryRows("SELECT database_name FROM duckdb_databases() WHERE NOT internal ORDER BY database_name");
        Assert.Equal(["cas_content", "cas_core", "memory"], catalogs.Select(r => (string)r[0]!));
        var body = db.QueryRows("""SELECT "body" FROM "cas_content"."core"."problems" WHERE "id" = ?""", 7L);
        Assert.Equal("What is 2 + 2?", Assert.Single(body)[0]);
    }

    [Fact]
    public void The_session_time_zone_is_utc()
    {
        using var db = new DuckDbTestDatabase();

        var rows = db.QueryRows("SELECT current_setting('TimeZone'), CAST(TIMESTAMPTZ '2024-01-01 12:00:00+02' AS VARCHAR)");

        Assert.Equal("UTC", rows[0][0]);
        Assert.Equal("2024-01-01 10:00:00+00", rows[0][1]);
    }

    [Fact]
    public void Inserts_entities_and_reads_every_type_back()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table);
        var full = new SampleLog
        {
            Id = 1,
            UserXid = 42,
            Timestamp = s_start,
            HintCount = 3,
            Score = 0.5,
            Kind = SampleKind.Scaffold,
            BottomHint = true,
            Day = new DateOnly(2024, 9, 17),
            LoggedAt = new DateTimeOffset(2024, 9, 17, 10, 0, 0, TimeSpan.FromHours(2)),
            Amount = 12.34m,
            Ratio = 0.25f,
            Tags = ["a", "b"],
            AnswerText = "x = 4",
        };
        var sparse = new SampleLog { Id = 2, UserXid = 43, Timestamp = s_start.AddDays(1), Day = new DateOnly(2024, 9, 18) };

        db.Insert([full, sparse]);

        var rows = db.QueryRows("""
            SELECT "id", "user_xid", "timestamp", "hint_count", "score", "kind", "bottom_hint", "day",
                   "logged_at", "amount", "ratio", "tags", "answer_text"
            FROM "cas_core"."student_data"."sample_logs" ORDER BY "id"
            """);
        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal(1L, first[0]);
        Assert.Equal(42L, first[1]);
        Assert.Equal(s_start, first[2]);
        Assert.Equal(3, first[3]);
        Assert.Equal(0.5, first[4]);
        Assert.Equal(2, first[5]);
        Assert.Equal(true, first[6]);
        Assert.Equal(new DateOnly(2024, 9, 17), first[7]);
        Assert.Equal(new DateTime(2024, 9, 17, 8, 0, 0, DateTimeKind.Utc), ((DateTime)first[8]!).ToUniversalTime());
        Assert.Equal(12.34m, first[9]);
        Assert.Equal(0.25f, first[10]);
        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IEnumerable<string>>(first[11]));
        Assert.Equal("x = 4", first[12]);
        Assert.Equal([2L, 43L, s_start.AddDays(1), 0, null, null, false], rows[1][..7]);
        Assert.Null(rows[1][8]);
        Assert.Null(rows[1][11]);
        Assert.Null(rows[1][12]);
    }

    [Fact]
    public void Enums_are_stored_as_their_integer_value_and_compare_as_integers()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table);
        db.Insert(Enumerable.Range(1, 6).Select(i => new SampleLog
        {
            Id = i,
            Timestamp = s_start,
            Day = new DateOnly(2024, 1, 1),
            Kind = i % 3 == 0 ? null : i % 3 == 1 ? SampleKind.Original : SampleKind.Scaffold,
        }));

        var counts = db.QueryRows("""SELECT "kind", count(*) FROM "cas_core"."student_data"."sample_logs" GROUP BY "kind" ORDER BY "kind" NULLS LAST""");

        Assert.Equal(["1:2", "2:2", ":2"], counts.Select(r => $"{r[0]}:{r[1]}"));
    }

    [Fact]
    public void Inserts_many_rows_through_the_appender()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table);
        const int count = 50_000;

        db.Insert(Enumerable.Range(0, count).Select(i => new SampleLog
        {
            Id = i,
            UserXid = i % 100,
            Timestamp = s_start.AddSeconds(i),
            HintCount = i % 5,
            Day = new DateOnly(2024, 1, 1),
        }));

        var totals = Assert.Single(db.QueryRows("""SELECT count(*), sum("hint_count"), count(DISTINCT "user_xid") FROM "cas_core"."student_data"."sample_logs" """));
        Assert.Equal([(long)count, (System.Numerics.BigInteger)(count / 5 * 10), 100L], totals);
    }

    [Fact]
    public void A_row_type_without_the_property_fails_with_the_column_name()
    {
        using var db = new DuckDbTestDatabase();

        var error = Assert.Throws<InvalidOperationException>(() => db.Insert(SampleProblem.Table, [new { Id = 1L }]));

        Assert.Contains("has no public property Body for column cas_content.core.problems.body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_the_same_table_twice_is_an_error()
    {
        using var db = new DuckDbTestDatabase(SampleProblem.Table);

        var error = Assert.Throws<InvalidOperationException>(() => db.AddTable(SampleProblem.Table));

        Assert.Equal("The table cas_content.core.problems is already in the test database.", error.Message);
    }
}
