using Assist.Lake.Tests.Support;
using Assist.Query;
using Assist.Query.Local;
using Assist.Schema.Model;
using static Assist.Lake.Tests.Support.Sql;

namespace Assist.Lake.Tests.Synth;

/// <summary>
/// The synthetic lake honours the schema, table by table and column by column, checked with hand-written SQL:
/// every table has rows, primary keys are unique, every foreign key has its parent, every xid resolves through
/// external_references to a row of the right kind, enumerations are in range, non-null columns hold no NULL and
/// every file's column types are the schema's.
/// </summary>
public sealed class SynthIntegrityTests(SynthLakeFixture fixture) : IClassFixture<SynthLakeFixture>
{
    private static LakeSchema Schema => SynthLakes.Schema;

    public static TheoryData<string> Tables() => [.. SynthLakes.Schema.Tables.Select(t => t.QualifiedName)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_table_has_rows(string table)
    {
        using var lake = LocalLake.Open(fixture.Directory);
        Assert.True(Long(lake.Connection, $"SELECT count(*) FROM {Table(table)}") > 0, $"{table} is empty");
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Primary_keys_are_unique_and_not_null(string table)
    {
        var def = Schema.FindTable(table)!;
        if (def.PrimaryKey.Count == 0)
        {
            return;
        }

        var key = string.Join(", ", def.PrimaryKey.Select(Q));
        using var lake = LocalLake.Open(fixture.Directory);
        var duplicates = Long(lake.Connection, $"SELECT count(*) FROM (SELECT {key} FROM {Table(table)} GROUP BY {key} HAVING count(*) > 1)");
        Assert.Equal(0, duplicates);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Non_null_columns_hold_no_null(string table)
    {
        using var lake = LocalLake.Open(fixture.Directory);
        foreach (var column in Schema.FindTable(table)!.Columns.Where(c => !c.Nullable))
        {
            Assert.True(Long(lake.Connection, $"SELECT count(*) FROM {Table(table)} WHERE {Q(column.Name)} IS NULL") == 0,
                $"{table}.{column.Name} is declared not null but holds NULL");
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Foreign_keys_have_their_parent(string table)
    {
        using var lake = LocalLake.Open(fixture.Directory);
        foreach (var column in Schema.FindTable(table)!.Columns.Where(c => c.References is not null))
        {
            var cut = column.References!.LastIndexOf('.');
            var parent = column.References[..cut];
            var parentColumn = column.References[(cut + 1)..];
            var orphans = Long(lake.Connection,
                $"SELECT count(*) FROM {Table(table)} c WHERE c.{Q(column.Name)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {Table(parent)} p WHERE p.{Q(parentColumn)} = c.{Q(column.Name)})");
            Assert.True(orphans == 0, $"{table}.{column.Name}: {orphans} rows point at no {column.References}");
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Xids_resolve_to_a_row_of_a_kind_the_column_allows(string table)
    {
        var xref = Schema.Xref!;
        using var lake = LocalLake.Open(fixture.Directory);
        foreach (var column in Schema.FindTable(table)!.Columns.Where(c => c.Xref.Count > 0))
        {
            var resolves = string.Join(" OR ", column.Xref.Select(kind => $"({KindMatch(kind, "x")})"));
            var orphans = Long(lake.Connection,
                $"SELECT count(*) FROM {Table(table)} c WHERE c.{Q(column.Name)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {Table(xref.Table)} x WHERE x.{Q(xref.IdColumn)} = c.{Q(column.Name)} AND ({resolves}))");
            Assert.True(orphans == 0, $"{table}.{column.Name}: {orphans} xids do not resolve to a {string.Join("/", column.Xref)}");
        }
    }

    [Fact]
    public void Every_external_reference_points_at_an_existing_row_of_its_kind()
    {
        var xref = Schema.Xref!;
        using var lake = LocalLake.Open(fixture.Directory);
        var resolves = string.Join(" OR ", xref.Targets.Select(t => $"({KindMatch(t.Kind, "x")})"));
        Assert.Equal(0, Long(lake.Connection, $"SELECT count(*) FROM {Table(xref.Table)} x WHERE NOT ({resolves})"));
        Assert.Equal(0, Long(lake.Connection, $"SELECT count(*) FROM (SELECT {Q(xref.TargetColumn)}, {Q(xref.TypeColumn)}, {Q(xref.PartnerColumn)} FROM {Table(xref.Table)} GROUP BY ALL HAVING count(*) > 1)"));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Enumeration_columns_hold_only_listed_values(string table)
    {
        using var lake = LocalLake.Open(fixture.Directory);
        foreach (var column in Schema.FindTable(table)!.Columns.Where(c => c.Enum is not null))
        {
            var values = string.Join(", ", Schema.FindEnum(column.Enum!)!.Values.Select(v => v.Value));
            var outside = Long(lake.Connection, $"SELECT count(*) FROM {Table(table)} WHERE {Q(column.Name)} NOT IN ({values})");
            Assert.True(outside == 0, $"{table}.{column.Name}: {outside} values outside enum {column.Enum}");
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_file_has_the_schemas_columns_and_types(string table)
    {
        var def = Schema.FindTable(table)!;
        var folder = Path.Combine(fixture.Directory, def.Catalog, def.Schema, def.Name);
        var files = Directory.EnumerateFiles(folder, "*.parquet").ToList();
        Assert.NotEmpty(files);
        using var lake = LocalLake.Open(fixture.Directory);
        foreach (var file in files)
        {
            using var command = lake.Connection.CreateCommand();
            command.CommandText = $"DESCRIBE SELECT * FROM read_parquet('{file}')";
            using var reader = command.ExecuteReader();
            var actual = new List<(string, string)>();
            while (reader.Read())
            {
                actual.Add((reader.GetString(0), reader.GetString(1)));
            }

            var expected = def.Columns.Select(c => (c.Name, Assist.Schema.Types.LakeTypes.DuckDbDescribe(c.Type!))).ToList();
            Assert.Equal(expected, actual);
        }
    }

    private static string KindMatch(string kind, string alias)
    {
        var xref = Schema.Xref!;
        var code = Schema.FindEnum(xref.TypeEnum)!.Values.Single(v => v.Name == kind).Value;
        var target = xref.Targets.Single(t => t.Kind == kind).Table;
        var targetKey = Schema.FindTable(target)!.PrimaryKey.Single();
        return $"{alias}.{Q(xref.TypeColumn)} = {code} AND EXISTS (SELECT 1 FROM {Table(target)} t WHERE t.{Q(targetKey)} = {alias}.{Q(xref.TargetColumn)})";
    }
}
