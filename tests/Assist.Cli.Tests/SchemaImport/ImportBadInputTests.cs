using Assist.Cli.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.SchemaImport;

/// <summary>
/// Bad lake sources: each is one clear error naming the file and the line (CSV) or the files and the column (Parquet),
/// exit code 1, and nothing written: the schema folder is byte for byte what it was.
/// </summary>
public sealed class ImportBadInputTests
{
    private const string Header = "table_catalog,table_schema,table_name,column_name,ordinal_position,data_type,is_nullable,comment\n";

    [Theory]
    // The header lacks data_type and is_nullable.
    [InlineData("table_catalog,table_schema,table_name,column_name,ordinal_position\ncas_core,users,users,id,1\n",
        "error: columns.csv:1: the header lacks data_type, is_nullable; an information_schema.columns export has table_catalog, table_schema, table_name, column_name, ordinal_position, data_type, is_nullable (and optionally comment) (nothing written)")]
    // An unknown type, and a synonym Athena never prints.
    [InlineData(Header + "cas_core,users,users,id,1,bigint,NO,\ncas_core,users,users,name,2,strng,YES,\n",
        "error: columns.csv:3: data_type 'strng' of column name: unknown type 'strng' (nothing written)")]
    [InlineData(Header + "cas_core,users,users,id,1,int,NO,\n",
        "error: columns.csv:2: data_type 'int' of column id: unknown type 'int'; did you mean integer? (nothing written)")]
    // The same column twice.
    [InlineData(Header + "cas_core,users,users,id,1,bigint,NO,\ncas_core,users,users,name,2,varchar,YES,\ncas_core,users,users,id,3,bigint,NO,\n",
        "error: columns.csv:4: column id of cas_core.users.users appears twice (first on line 2) (nothing written)")]
    // Two columns at one ordinal position.
    [InlineData(Header + "cas_core,users,users,id,1,bigint,NO,\ncas_core,users,users,name,1,varchar,YES,\n",
        "error: columns.csv:3: ordinal_position 1 of cas_core.users.users is also column id (line 2) (nothing written)")]
    // A row with a field missing, a bad ordinal, a bad nullability, an empty name, an unclosed quote.
    [InlineData(Header + "cas_core,users,users,id,1,bigint,NO\n",
        "error: columns.csv:2: the row has 7 fields, the header 8 (nothing written)")]
    [InlineData(Header + "cas_core,users,users,id,first,bigint,NO,\n",
        "error: columns.csv:2: ordinal_position 'first' is not a whole number from 1 (nothing written)")]
    [InlineData(Header + "cas_core,users,users,id,1,bigint,maybe,\n",
        "error: columns.csv:2: is_nullable 'maybe' is not YES, NO or UNKNOWN (nothing written)")]
    [InlineData(Header + "cas_core,users,,id,1,bigint,NO,\n",
        "error: columns.csv:2: table_name is empty (nothing written)")]
    [InlineData(Header + "cas_core,users,users,id,1,bigint,NO,\"an id\ncas_core,users,users,x,2,bigint,NO,\n",
        "error: columns.csv:2: a quoted field is never closed (nothing written)")]
    public async Task A_bad_information_schema_export_is_one_error_with_file_and_line_and_nothing_is_written(string csv, string expected)
    {
        using var folder = new TempFolder("assist-import-bad-");
        folder.Write("columns.csv", csv);
        var before = SchemaCopy.Copy(RepoPaths.Schema, folder.Combine("schema"));

        var run = await CliRun.RunAsync(folder.Path, "schema", "import", "--from", "information-schema", "columns.csv", "--schema", "schema");

        Assert.Equal(expected + "\n", run.Error);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, TempFolder.ReadAll(folder.Combine("schema")));
    }

    [Fact]
    public async Task A_bad_export_into_a_missing_folder_creates_nothing()
    {
        using var folder = new TempFolder("assist-import-bad-");
        folder.Write("columns.csv", Header + "cas_core,users,users,id,1,tinyint,NO,\n");

        var run = await CliRun.RunAsync(folder.Path, "schema", "import", "--from", "information-schema", "columns.csv", "--schema", "new-schema");

        Assert.Equal("error: columns.csv:2: data_type 'tinyint' of column id: 'tinyint' is not allowed: Athena's Iceberg tables cannot hold tinyint; use integer (nothing written)\n", run.Error);
        Assert.Equal(1, run.ExitCode);
        Assert.False(Directory.Exists(folder.Combine("new-schema")));
    }

    [Fact]
    public async Task Parquet_files_of_one_table_with_conflicting_column_types_name_both_files_and_the_column()
    {
        using var folder = new TempFolder("assist-import-bad-");
        var table = Directory.CreateDirectory(folder.Combine("lake", "cas_core", "users", "users")).FullName;
        ParquetFiles.Write(Path.Combine(table, "a.parquet"), "SELECT 1::BIGINT AS id, 'x' AS name");
        ParquetFiles.Write(Path.Combine(table, "b.parquet"), "SELECT 2::INTEGER AS id, 'y' AS name");
        var before = SchemaCopy.Copy(RepoPaths.Schema, folder.Combine("schema"));

        var run = await CliRun.RunAsync(folder.Path, "schema", "import", "--from", "parquet", "lake", "--schema", "schema");

        Assert.Equal(
            $"error: {Path.Combine(table, "b.parquet")}: column id is INTEGER, but {Path.Combine(table, "a.parquet")} has BIGINT; the files of one table must have the same column types. (nothing written)\n",
            run.Error);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, TempFolder.ReadAll(folder.Combine("schema")));
    }

    [Fact]
    public async Task Parquet_files_of_one_table_with_different_columns_name_both_files_and_the_column()
    {
        using var folder = new TempFolder("assist-import-bad-");
        var table = Directory.CreateDirectory(folder.Combine("lake", "cas_core", "users", "users")).FullName;
        ParquetFiles.Write(Path.Combine(table, "a.parquet"), "SELECT 1::BIGINT AS id");
        ParquetFiles.Write(Path.Combine(table, "b.parquet"), "SELECT 2::BIGINT AS id, 'y' AS extra");

        var run = await CliRun.RunAsync(folder.Path, "schema", "diff", "lake", "--schema", RepoPaths.Schema);

        Assert.Equal(
            $"error: {Path.Combine(table, "b.parquet")}: column extra (VARCHAR) is not in {Path.Combine(table, "a.parquet")}; the files of one table must have the same columns.\n",
            run.Error);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_parquet_column_of_a_type_no_lake_column_can_have_names_the_file_and_column()
    {
        using var folder = new TempFolder("assist-import-bad-");
        var table = Directory.CreateDirectory(folder.Combine("lake", "cas_core", "users", "users")).FullName;
        ParquetFiles.Write(Path.Combine(table, "a.parquet"), "SELECT 1::BIGINT AS id, 3::SMALLINT AS grade");

        var run = await CliRun.RunAsync(folder.Path, "schema", "import", "--from", "parquet", "lake", "--schema", "schema");

        Assert.Equal(
            $"error: {Path.Combine(table, "a.parquet")}: column grade: the DuckDB type 'SMALLINT' has no lake type: 'SMALLINT' is not a type a lake column can have (nothing written)\n",
            run.Error);
        Assert.Equal(1, run.ExitCode);
        Assert.False(Directory.Exists(folder.Combine("schema")));
    }
}
