using Assist.TestKit;
using Xunit;
using Xunit.Sdk;

namespace Assist.TestKit.Tests.Trino;

/// <summary>Proves the grammar check can fail: broken SQL and DuckDB-only syntax are rejected with positions.</summary>
[Collection(TrinoCollection.Name)]
public sealed class TrinoGrammarRejectsTests
{
    [Fact]
    public void Rejects_a_misspelled_keyword()
    {
        Assert.Equal(["L1:1-6 'SELEC' is not valid at this position, expecting a keyword"], TrinoGrammar.Validate("SELEC 1"));
    }

    [Fact]
    public void Rejects_group_without_by()
    {
        Assert.Equal(["L1:23-24 missing 'BY' at 'a'"], TrinoGrammar.Validate("SELECT a FROM t GROUP a"));
    }

    [Fact]
    public void Rejects_duckdb_qualify()
    {
        var errors = TrinoGrammar.Validate("SELECT * FROM t QUALIFY row_number() OVER (PARTITION BY a ORDER BY b) = 1");

        Assert.Equal("L1:25-35 'row_number' is not valid at this position, expecting a keyword", errors[0]);
    }

    [Fact]
    public void Rejects_duckdb_star_exclude()
    {
        var errors = TrinoGrammar.Validate("SELECT * EXCLUDE (a) FROM t");

        Assert.Equal("L1:10-17 'EXCLUDE' is not valid at this position, expecting a keyword", errors[0]);
    }

    [Fact]
    public void Rejects_duckdb_table_function_read_parquet()
    {
        Assert.Equal(
            ["L1:28-31 ''x'' is not valid at this position, expecting a keyword"],
            TrinoGrammar.Validate("SELECT * FROM read_parquet('x')"));
    }

    [Fact]
    public void Reports_positions_on_later_lines()
    {
        var errors = TrinoGrammar.ValidateDetailed("SELECT a\nFROM t\nWHERE a = = 1");

        var error = Assert.Single(errors);
        Assert.Equal(3, error.StartLine);
    }

    [Fact]
    public void AssertValid_fails_with_the_errors_and_the_numbered_sql()
    {
        var failure = Assert.Throws<FailException>(() => TrinoGrammar.AssertValid("SELECT a\nFROM t\nGROUP a"));

        Assert.Equal(
            """
            The Trino grammar (dt-sql-parser 4.5.1) rejected the statement with 1 error(s):
              L3:7-8 missing 'BY' at 'a'
            SQL:
                1 | SELECT a
                2 | FROM t
            >   3 | GROUP a

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            failure.Message);
    }

    [Fact]
    public void Records_rejected_statements_too()
    {
        var broken = "SELEC 'rejected-" + Guid.NewGuid().ToString("N") + "'";

        Assert.NotEmpty(TrinoGrammar.Validate(broken));

        Assert.Contains(broken, TrinoGrammar.CheckedStatements());
    }
}
