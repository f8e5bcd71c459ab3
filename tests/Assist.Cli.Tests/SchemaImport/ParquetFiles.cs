using DuckDB.NET.Data;

namespace Assist.Cli.Tests.SchemaImport;

/// <summary>Writes small Parquet files for lake-folder tests.</summary>
internal static class ParquetFiles
{
    /// <summary>Writes the rows of <paramref name="select"/> to <paramref name="path"/> as Parquet, through DuckDB.</summary>
    public static void Write(string path, string select)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{path}' (FORMAT parquet)";
        command.ExecuteNonQuery();
    }
}
