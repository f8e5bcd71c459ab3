using Assist.TestKit;
using Xunit;

namespace Assist.TestKit.Tests.DuckDb;

public sealed class DuckDbPrepareTests
{
    [Fact]
    public void A_valid_statement_with_numbered_parameters_prepares()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table);

        Assert.Null(DuckDbPrepare.Check(db.Connection, """SELECT "id" FROM "cas_core"."student_data"."sample_logs" WHERE "hint_count" > $1"""));
    }

    [Fact]
    public void A_syntax_error_is_reported()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table);

        var error = DuckDbPrepare.Check(db.Connection, """SELECT "id" FROM "cas_core"."student_data"."sample_logs" WHERE (1 = 1)(2 = 2)""");

        Assert.NotNull(error);
        Assert.Contains("syntax error", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_binding_error_is_reported()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table);

        var error = DuckDbPrepare.Check(db.Connection, """SELECT "no_such_column" FROM "cas_core"."student_data"."sample_logs" """);

        Assert.NotNull(error);
        Assert.Contains("no_such_column", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_statement_is_not_run()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table);
        db.Execute("CREATE TABLE written (x INTEGER)");

        Assert.Null(DuckDbPrepare.Check(db.Connection, "INSERT INTO written VALUES (1)"));

        Assert.Equal(0L, db.QueryRows("SELECT count(*) FROM written")[0][0]);
    }

    [Fact]
    public void An_assertion_quotes_the_error_and_the_sql()
    {
        using var db = new DuckDbTestDatabase(SampleLog.Table);

        var failure = Assert.ThrowsAny<Exception>(() => DuckDbPrepare.AssertPrepares(db.Connection, "SELECT FROM WHERE"));

        Assert.Contains("SELECT FROM WHERE", failure.Message, StringComparison.Ordinal);
    }
}
