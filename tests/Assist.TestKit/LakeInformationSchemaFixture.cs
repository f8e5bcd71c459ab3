using System.Globalization;
using System.Text;
using Assist.Schema;
using Assist.Schema.Drift;

namespace Assist.TestKit;

/// <summary>
/// An information_schema.columns export in the real lake's shape and size: the 22 documented tables of schema/ (as
/// the lake would report them) plus generated tables in cas_core and cas_content, about 200 tables and 3,500 columns,
/// with the lake's naming habits (<c>*_id</c>, <c>*_xid</c>, <c>created_at</c>, counts, scores, flags, text). The same
/// for the same seed.
/// </summary>
public static class LakeInformationSchemaFixture
{
    private static readonly (string Catalog, string Schema)[] Schemas =
    [
        ("cas_core", "core"), ("cas_core", "users"), ("cas_core", "groups"), ("cas_core", "student_data"),
        ("cas_core", "master_user"), ("cas_core", "reports"), ("cas_content", "core"), ("cas_content", "skills"), ("cas_content", "tutoring"),
    ];

    private static readonly string[] Nouns =
    [
        "problem", "hint", "scaffold", "skill", "answer", "session", "class", "teacher", "school", "district", "feedback",
        "tutor", "video", "explanation", "attempt", "grade", "standard", "sequence", "folder", "report", "message", "badge",
    ];

    private static readonly (string Suffix, string Type)[] Columns =
    [
        ("_id", "bigint"), ("_xid", "bigint"), ("_count", "integer"), ("_score", "double"), ("_name", "varchar"),
        ("_text", "varchar"), ("_at", "timestamp(6)"), ("_date", "date"), ("_flag", "boolean"), ("_amount", "decimal(10,2)"),
        ("_ms", "bigint"), ("_tags", "array(varchar)"), ("_settings", "map(varchar, varchar)"), ("_ratio", "real"),
    ];

    /// <summary>The export as CSV text.</summary>
    public static string Generate(int tables = 200, int columnsTotal = 3500, int seed = 12)
    {
        var real = SchemaLoader.LoadDirectory(Path.Combine(RepositoryRoot.Path, "schema")).Schema;
        var text = new StringBuilder(InformationSchemaCsv.Write(real));
        var random = new Random(seed);
        var realColumns = real.Tables.Sum(t => t.Columns.Count);
        var generated = tables - real.Tables.Count();
        var perTable = (columnsTotal - realColumns) / generated;
        for (var t = 0; t < generated; t++)
        {
            var (catalog, schema) = Schemas[t % Schemas.Length];
            var noun = Nouns[t % Nouns.Length];
            var table = noun + "_" + Nouns[(t / Nouns.Length + 3) % Nouns.Length] + "s_" + t.ToString("D3", CultureInfo.InvariantCulture);
            var count = perTable + (t < (columnsTotal - realColumns) % generated ? 1 : 0);
            var names = new List<(string Name, string Type, bool Nullable)> { ("id", "bigint", false), ("created_at", "timestamp(6)", false), ("updated_at", "timestamp(6)", true) };
            while (names.Count < count)
            {
                var (suffix, type) = Columns[random.Next(Columns.Length)];
                var name = Nouns[random.Next(Nouns.Length)] + suffix;
                if (names.All(n => n.Name != name))
                {
                    names.Add((name, type, random.Next(3) != 0));
                }
            }

            for (var c = 0; c < names.Count; c++)
            {
                text.Append(catalog).Append(',').Append(schema).Append(',').Append(table).Append(',').Append(names[c].Name).Append(',')
                    .Append((c + 1).ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(names[c].Type.Contains(',', StringComparison.Ordinal) ? "\"" + names[c].Type + "\"" : names[c].Type).Append(',')
                    .Append(names[c].Nullable ? "YES" : "NO").Append(",\n");
            }
        }

        return text.ToString();
    }
}
