using System.Collections;
using Assist.Schema;
using Assist.Schema.Drift;
using Assist.Schema.Model;
using Assist.Schema.Types;
using Assist.TestKit.Tests.Trino;
using DuckDB.NET.Data;
using Xunit;

namespace Assist.TestKit.Tests.Types;

/// <summary>
/// Every lake type goes through the one table (<see cref="LakeTypes"/>) and back: the DuckDB storage spelling creates a
/// column whose DESCRIBE is the table's DESCRIBE spelling, DuckDB.NET reads it as the generator's C# type, and the
/// Trino cast spelling parses in Trino's grammar and back to the same lake type.
/// </summary>
[Collection(TrinoCollection.Name)]
public sealed class LakeTypeRoundTripTests
{
    /// <summary>Every type kind, with the precisions and nestings the lake uses.</summary>
    public static TheoryData<string> LakeTypeTexts { get; } = new()
    {
        "boolean", "integer", "bigint", "real", "double", "decimal(10,2)", "decimal(28,0)", "decimal(38,6)",
        "varchar", "varbinary", "date", "timestamp(6)", "timestamp(6) with time zone",
        "array(bigint)", "array(array(varchar))", "map(varchar, array(integer))", "map(bigint, decimal(10,2))",
        "row(a bigint, b map(varchar, double))", "row(select integer, hint_count bigint)",
    };

    [Theory]
    [MemberData(nameof(LakeTypeTexts))]
    public void DuckDb_describes_the_storage_spelling_as_the_describe_spelling(string text)
    {
        var type = Parse(text);
        using var connection = Open();

        var described = Scalar(connection, $"CREATE TABLE t (c {LakeTypes.DuckDbStorage(type)}); SELECT column_type FROM (DESCRIBE t)");

        Assert.True(LakeTypes.SameDuckDbType(type, described), $"{LakeTypes.DuckDbDescribe(type)} vs {described}");
    }

    [Theory]
    [MemberData(nameof(LakeTypeTexts))]
    public void A_parquet_file_describes_like_the_table(string text)
    {
        var type = Parse(text);
        using var folder = new TempFolder("assist-types-");
        var file = Path.Combine(folder.Path, "t.parquet");
        using var connection = Open();

        Scalar(connection, $"CREATE TABLE t (c {LakeTypes.DuckDbStorage(type)}); COPY t TO '{file}' (FORMAT parquet); SELECT 1");
        var described = Scalar(connection, $"SELECT column_type FROM (DESCRIBE SELECT * FROM read_parquet('{file}'))");

        Assert.True(LakeTypes.SameDuckDbType(type, described), $"{LakeTypes.DuckDbDescribe(type)} vs {described}");
    }

    [Theory]
    [MemberData(nameof(LakeTypeTexts))]
    public void What_duckdb_describes_reads_back_as_the_same_lake_type(string text)
    {
        var type = Parse(text);
        using var connection = Open();

        var described = Scalar(connection, $"CREATE TABLE t (c {LakeTypes.DuckDbStorage(type)}); SELECT column_type FROM (DESCRIBE t)");

        Assert.Equal(type, ColumnTypeComparison.ToLakeType(described, TypeSpelling.DuckDb, out var error));
        Assert.Null(error);
        Assert.True(ColumnTypeComparison.Same(type, described, TypeSpelling.DuckDb));
    }

    [Theory]
    [InlineData("boolean", "true", typeof(bool))]
    [InlineData("integer", "7", typeof(int))]
    [InlineData("bigint", "7", typeof(long))]
    [InlineData("real", "1.5", typeof(float))]
    [InlineData("double", "1.5", typeof(double))]
    [InlineData("decimal(10,2)", "12.34", typeof(decimal))]
    [InlineData("decimal(28,0)", "1", typeof(decimal))]
    [InlineData("varchar", "'x'", typeof(string))]
    [InlineData("date", "DATE '2024-01-02'", typeof(DateOnly))]
    [InlineData("timestamp(6)", "TIMESTAMP '2024-01-02 03:04:05.123456'", typeof(DateTime))]
    [InlineData("timestamp(6) with time zone", "TIMESTAMPTZ '2024-01-02 03:04:05+00'", typeof(DateTimeOffset))]
    public void DuckDb_reads_a_stored_value_as_the_generated_csharp_type(string text, string value, Type expected)
    {
        var type = Parse(text);

        // The materializer reads every column with GetFieldValue<T> of the property's type: so does this test.
        var read = ReadStored(type, value, reader => typeof(System.Data.Common.DbDataReader).GetMethod(nameof(reader.GetFieldValue))!.MakeGenericMethod(expected).Invoke(reader, [0]));

        Assert.Equal(CSharpName(expected), LakeTypes.ClrType(type)!.DisplayName);
        Assert.IsAssignableFrom(expected, read);
    }

    // DuckDB.NET's GetFieldValue<T> does not convert lists and maps to these interfaces (it throws), but GetValue gives
    // a List<T> and a Dictionary<K,V>, which are. varbinary is left out: DuckDB.NET gives a Stream, not byte[].
    [Theory]
    [InlineData("array(bigint)", "[1, 2]", typeof(IReadOnlyList<long>))]
    [InlineData("array(varchar)", "['a']", typeof(IReadOnlyList<string>))]
    [InlineData("map(varchar, bigint)", "MAP {'a': 1}", typeof(IReadOnlyDictionary<string, long>))]
    public void DuckDb_reads_a_stored_list_or_map_as_the_generated_interface(string text, string value, Type expected)
    {
        var type = Parse(text);

        var read = ReadStored(type, value, reader => reader.GetValue(0));

        Assert.Equal(CSharpName(expected), LakeTypes.ClrType(type)!.DisplayName);
        Assert.IsAssignableFrom(expected, read);
    }

    [Theory]
    [MemberData(nameof(LakeTypeTexts))]
    public void The_trino_cast_spelling_parses_in_trino_and_back_to_the_same_type(string text)
    {
        var type = Parse(text);
        var cast = LakeTypes.TrinoCast(type);

        TrinoGrammar.AssertValid($"SELECT CAST(NULL AS {cast})");
        Assert.Equal(type, Parse(cast));
    }

    [Theory]
    [InlineData("decimal(29,0)")]
    [InlineData("decimal(38,10)")]
    [InlineData("array(decimal(38,0))")]
    [InlineData("row(a bigint)")]
    [InlineData("map(varchar, row(a bigint))")]
    public void Types_csharp_cannot_hold_are_not_mapped_and_say_why(string text)
    {
        var type = Parse(text);

        Assert.Null(LakeTypes.ClrType(type));
        Assert.False(LakeTypes.IsMapped(type));
        Assert.NotNull(LakeTypes.NotMappedReason(type));
    }

    private static SqlType Parse(string text) =>
        SqlTypeParser.TryParse(text, out var type, out var error) ? type! : throw new InvalidOperationException(text + ": " + error);

    // Stores one value in a column of the type's DuckDB storage spelling and reads it back with read.
    private static object? ReadStored(SqlType type, string value, Func<DuckDBDataReader, object?> read)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE t (c {LakeTypes.DuckDbStorage(type)}); INSERT INTO t VALUES ({value}); SELECT c FROM t";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return read(reader);
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static string Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static string CSharpName(Type type) => type switch
    {
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(float) => "float",
        _ when type == typeof(double) => "double",
        _ when type == typeof(decimal) => "decimal",
        _ when type == typeof(string) => "string",
        _ when type == typeof(byte[]) => "byte[]",
        { IsGenericType: true } => type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(CSharpName)) + ">",
        _ => type.Name,
    };
}
