using Assist.TestKit;
using Xunit;

namespace Assist.TestKit.Tests.DuckDb;

public sealed class DuckDbTypeMapperTests
{
    [Theory]
    [InlineData("boolean", "BOOLEAN")]
    [InlineData("integer", "INTEGER")]
    [InlineData("bigint", "BIGINT")]
    [InlineData("real", "FLOAT")]
    [InlineData("double", "DOUBLE")]
    [InlineData("varchar", "VARCHAR")]
    [InlineData("varbinary", "BLOB")]
    [InlineData("date", "DATE")]
    [InlineData("timestamp(6)", "TIMESTAMP")]
    [InlineData("timestamp(3)", "TIMESTAMP")]
    [InlineData("timestamp(6) with time zone", "TIMESTAMPTZ")]
    [InlineData("TIMESTAMP(6) WITH TIME ZONE", "TIMESTAMPTZ")]
    [InlineData("decimal(10,2)", "DECIMAL(10, 2)")]
    [InlineData("decimal( 38 , 0 )", "DECIMAL(38, 0)")]
    [InlineData("array(bigint)", "BIGINT[]")]
    [InlineData("array(array(varchar))", "VARCHAR[][]")]
    [InlineData("map(varchar, array(integer))", "MAP(VARCHAR, INTEGER[])")]
    [InlineData("row(a bigint, b map(varchar, double))", "STRUCT(\"a\" BIGINT, \"b\" MAP(VARCHAR, DOUBLE))")]
    public void Maps_athena_types_to_duckdb(string athena, string duckDb)
    {
        Assert.Equal(duckDb, DuckDbTypeMapper.ToDuckDb(athena));
    }

    [Theory]
    [InlineData("tinyint")]
    [InlineData("decimal(10)")]
    [InlineData("array(bigint")]
    public void Rejects_types_outside_the_schema_format(string athena)
    {
        var error = Assert.Throws<NotSupportedException>(() => DuckDbTypeMapper.ToDuckDb(athena));

        Assert.Contains(athena, error.Message, StringComparison.Ordinal);
    }
}
