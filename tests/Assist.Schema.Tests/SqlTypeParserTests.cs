using Assist.Schema;
using Assist.Schema.Model;
using Xunit;

namespace Assist.Schema.Tests;

public sealed class SqlTypeParserTests
{
    [Theory]
    [InlineData("boolean", "boolean")]
    [InlineData("INTEGER", "integer")]
    [InlineData(" bigint ", "bigint")]
    [InlineData("real", "real")]
    [InlineData("Double", "double")]
    [InlineData("decimal( 10 , 2 )", "decimal(10,2)")]
    [InlineData("decimal(38,38)", "decimal(38,38)")]
    [InlineData("varchar", "varchar")]
    [InlineData("varbinary", "varbinary")]
    [InlineData("date", "date")]
    [InlineData("timestamp(6)", "timestamp(6)")]
    [InlineData("timestamp(0)", "timestamp(0)")]
    [InlineData("TIMESTAMP(3) WITH TIME ZONE", "timestamp(3) with time zone")]
    [InlineData("array(varchar)", "array(varchar)")]
    [InlineData("map(varchar,array(bigint))", "map(varchar, array(bigint))")]
    [InlineData("row(a integer, b_2 array(row(c date)))", "row(a integer, b_2 array(row(c date)))")]
    public void Valid_types_parse_to_their_canonical_spelling(string text, string canonical)
    {
        Assert.True(SqlTypeParser.TryParse(text, out var type, out var error), error);
        Assert.Equal(canonical, type!.ToString());
        Assert.Null(error);
    }

    [Theory]
    [InlineData("strng", "unknown type 'strng'")]
    [InlineData("int", "unknown type 'int'; did you mean integer?")]
    [InlineData("", "a type is missing")]
    [InlineData("varchar(10)", "'varchar' takes no arguments; write it without a length or precision")]
    [InlineData("decimal", "decimal needs a precision and a scale: decimal(p,s)")]
    [InlineData("decimal(5)", "decimal needs a precision and a scale: decimal(p,s)")]
    [InlineData("decimal(39,2)", "decimal(39,2) is out of bounds: 1 <= p <= 38 and 0 <= s <= p")]
    [InlineData("decimal(5,6)", "decimal(5,6) is out of bounds: 1 <= p <= 38 and 0 <= s <= p")]
    [InlineData("decimal(0,0)", "decimal(0,0) is out of bounds: 1 <= p <= 38 and 0 <= s <= p")]
    [InlineData("timestamp", "bare 'timestamp' is not allowed: it means milliseconds in Trino casts; write timestamp(6) (Iceberg stores microseconds)")]
    [InlineData("timestamp(7)", "timestamp(7) is out of bounds: the precision is 0..6 (Iceberg stores microseconds, timestamp(6))")]
    [InlineData("timestamp(6) with zone", "expected 'with time zone' after timestamp(6)")]
    [InlineData("tinyint", "'tinyint' is not allowed: Athena's Iceberg tables cannot hold tinyint; use integer")]
    [InlineData("smallint", "'smallint' is not allowed: Athena's Iceberg tables cannot hold smallint; use integer")]
    [InlineData("char(2)", "'char' is not allowed: Athena's Iceberg tables cannot hold char; use varchar")]
    [InlineData("array(bigint", "expected ')' to close array(")]
    [InlineData("map(varchar)", "map needs a key and a value type: map(K,V)")]
    [InlineData("row(a integer, a bigint)", "row field 'a' appears twice")]
    [InlineData("bigint bigint", "unexpected 'bigint' after the type 'bigint'")]
    [InlineData("decimal(99999999999,1)", "decimal(2147483647,1) is out of bounds: 1 <= p <= 38 and 0 <= s <= p")]
    public void Invalid_types_say_why(string text, string message)
    {
        Assert.False(SqlTypeParser.TryParse(text, out var type, out var error));
        Assert.Null(type);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Types_compare_structurally()
    {
        SqlTypeParser.TryParse("array(map(varchar, bigint))", out var a, out _);
        SqlTypeParser.TryParse("ARRAY( MAP(VARCHAR,BIGINT) )", out var b, out _);

        Assert.Equal(a, b);
        Assert.Equal(a!.GetHashCode(), b!.GetHashCode());
        Assert.NotEqual(SqlType.TimestampOf(6, false), SqlType.TimestampOf(6, true));
    }
}
