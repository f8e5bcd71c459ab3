using Assist.Query;
using Assist.Query.Metadata;
using Assist.Schema.Model;
using DuckDB.NET.Data;

namespace Assist.Lake.Tests.Support;

/// <summary>A test entity of a test catalog (test_lake.shop.widgets), so local-lake tests need no generated code.</summary>
public sealed class Widget : IEntity<Widget>
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public int Size { get; init; }

    static TableMetadata IEntity<Widget>.Table => TestTables.Widgets;
}

/// <summary>A registered table that never has files (test_lake.shop.gadgets).</summary>
public sealed class Gadget : IEntity<Gadget>
{
    public long Id { get; init; }

    static TableMetadata IEntity<Gadget>.Table => TestTables.Gadgets;
}

/// <summary>The test tables, registered with <see cref="LakeModel"/> before any lake is opened.</summary>
public static class TestTables
{
    public static readonly TableMetadata Widgets = new("test_lake", "shop", "widgets", typeof(Widget),
    [
        new ColumnMetadata("id", "Id", SqlType.Simple(SqlTypeKind.Bigint), typeof(long), false, false, null),
        new ColumnMetadata("name", "Name", SqlType.Simple(SqlTypeKind.Varchar), typeof(string), true, false, null),
        new ColumnMetadata("size", "Size", SqlType.Simple(SqlTypeKind.Integer), typeof(int), false, false, null),
    ], ["id"], "Test widgets.");

    public static readonly TableMetadata Gadgets = new("test_lake", "shop", "gadgets", typeof(Gadget),
    [
        new ColumnMetadata("id", "Id", SqlType.Simple(SqlTypeKind.Bigint), typeof(long), false, false, null),
    ], ["id"], "Test gadgets; never written.");

    static TestTables()
    {
        LakeModel.Register(Widgets);
        LakeModel.Register(Gadgets);
    }

    public static TableSource<Widget> WidgetSource { get; } = new();

    /// <summary>Registers the tables (touching the class runs its static constructor).</summary>
    public static void Register()
    {
    }

    /// <summary>Writes a widgets file with <paramref name="select"/> (columns id, name, size or variations) into <paramref name="file"/>.</summary>
    public static void WriteParquet(string file, string select = "SELECT CAST(i AS BIGINT) AS id, 'w' || i AS name, CAST(i * 10 AS INTEGER) AS size FROM range(5) r(i)")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{file}' (FORMAT parquet)";
        command.ExecuteNonQuery();
    }

    public static string WidgetsFolder(string lake) => Path.Combine(lake, "test_lake", "shop", "widgets");
}
