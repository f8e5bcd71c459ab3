using Assist.Cli.Demo;
using Assist.Query;
using Assist.TestKit;

namespace Assist.Lake.Tests.Queries;

/// <summary>
/// The demo prints the Athena SQL of each research query for researchers to submit: it must parse with the
/// real Trino grammar, in both the Athena and the Trino dialect.
/// </summary>
public sealed class DemoSqlGrammarTests
{
    public static TheoryData<string> QueryNames => new() { "PerStudent", "ByMonth", "ByProblemSet" };

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void Demo_query_sql_parses_with_the_trino_grammar(string name)
    {
        foreach (var dialect in new[] { SqlDialect.Athena, SqlDialect.Trino })
        {
            TrinoGrammar.AssertValid(Sql(name, dialect).Text);
        }
    }

    private static SqlText Sql(string name, SqlDialect dialect) => name switch
    {
        "PerStudent" => DemoQueries.PerStudent.ToSql(dialect),
        "ByMonth" => DemoQueries.ByMonth.ToSql(dialect),
        "ByProblemSet" => DemoQueries.ByProblemSet.ToSql(dialect),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a demo query"),
    };
}
