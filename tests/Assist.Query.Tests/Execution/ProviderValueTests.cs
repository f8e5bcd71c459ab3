using Assist.Query.Ast;
using Assist.Query.Execution;
using Assist.Query.Translation;
using DuckDB.NET.Data;
using Xunit;

namespace Assist.Query.Tests.Execution;

/// <summary>
/// The lake's varbinary, array and map columns read into the C# types the generator maps them to (byte[],
/// IReadOnlyList, IReadOnlyDictionary) from what DuckDB.NET gives (a Stream, provider lists and dictionaries), by the
/// same materializer queries use. Before, the blob failed with a cast from Stream and the collections with
/// GetFieldValue's conversion.
/// </summary>
public class ProviderValueTests
{
    [Fact]
    public void A_blob_reads_as_its_bytes()
    {
        Assert.Equal(new byte[] { 1, 2, 255 }, ReadScalar<byte[]>("SELECT '\\x01\\x02\\xFF'::BLOB"));
    }

    [Fact]
    public void A_list_reads_as_a_read_only_list_of_the_mapped_element_type()
    {
        Assert.Equal([3L, 1L, 2L], ReadScalar<IReadOnlyList<long>>("SELECT [3, 1, 2]::BIGINT[]"));
        Assert.Equal(["a", "b"], ReadScalar<IReadOnlyList<string>>("SELECT ['a', 'b']::VARCHAR[]"));
    }

    [Fact]
    public void A_map_reads_as_a_read_only_dictionary()
    {
        var map = ReadScalar<IReadOnlyDictionary<string, long>>("SELECT MAP {'hints': 2, 'attempts': 5}");

        Assert.Equal(2, map.Count);
        Assert.Equal(2L, map["hints"]);
        Assert.Equal(5L, map["attempts"]);
    }

    [Fact]
    public void A_null_element_in_a_list_of_a_value_type_is_refused_rather_than_read_as_zero()
    {
        var error = Assert.Throws<InvalidCastException>(() => ReadScalar<IReadOnlyList<long>>("SELECT [1, NULL]::BIGINT[]"));

        // DuckDB.NET refuses it itself ("The list contains null value"); our copy refuses it too for other providers.
        Assert.Contains("null", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static T ReadScalar<T>(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var read = MaterializerFactory.Create<T>(new ScalarShape(new SqlLiteral(0L, SqlType.BigInt), typeof(T)), reader);
        return read(reader);
    }
}
