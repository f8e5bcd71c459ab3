using System.Globalization;
using System.Text;

namespace Assist.TestKit;

/// <summary>
/// Writes a valid lake schema of any size (lake.yaml, enums.yaml and one file per schema) with foreign keys, xrefs,
/// enumerations and every mapped column type: the input of the schema scale test and the generator benchmark.
/// </summary>
public static class SyntheticSchemaYaml
{
    private const int TablesPerSchema = 20;

    // Every mapped type; row(...) is left out because the generator does not map it yet (AS0205 warns).
    private static readonly string[] Types =
    {
        "boolean", "integer", "bigint", "real", "double", "decimal(10,2)", "varchar", "varbinary", "date",
        "timestamp(6)", "timestamp(6) with time zone", "array(varchar)", "map(varchar, bigint)", "array(map(varchar, double))",
    };

    /// <summary>
    /// A lake of <paramref name="tables"/> tables (at least 5) and about <paramref name="columnsTotal"/> columns
    /// (at least 6 per table), the same for the same <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Generate(int tables, int columnsTotal, int seed)
    {
        if (tables < 5 || columnsTotal < tables * 6)
        {
            throw new ArgumentOutOfRangeException(nameof(tables), "need at least 5 tables and 6 columns per table");
        }

        var random = new Random(seed);
        var files = new List<(string Path, string Text)> { ("lake.yaml", Lake()), ("enums.yaml", Enums()) };
        var tableNames = Enumerable.Range(0, tables).Select(TableName).ToList();
        var columnCounts = Enumerable.Range(0, tables).Select(i => columnsTotal / tables + (i < columnsTotal % tables ? 1 : 0)).ToList();
        for (var first = 0; first < tables; first += TablesPerSchema)
        {
            var schemaIndex = first / TablesPerSchema;
            var text = new StringBuilder();
            text.Append("catalog: ").Append(Catalog(schemaIndex)).Append('\n');
            text.Append("schema: s").Append(schemaIndex.ToString("D2", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("description: Synthetic schema ").Append(schemaIndex).Append(".\n");
            text.Append("tables:\n");
            for (var t = first; t < Math.Min(first + TablesPerSchema, tables); t++)
            {
                WriteTable(text, t, columnCounts[t], tableNames, random);
            }

            files.Add((Catalog(schemaIndex) + "/s" + schemaIndex.ToString("D2", CultureInfo.InvariantCulture) + ".yaml", text.ToString()));
        }

        return files;
    }

    /// <summary>The qualified name of table <paramref name="index"/>: tables 0..2 are the xref targets, 3 is external_references.</summary>
    private static string TableName(int index)
    {
        var schemaIndex = index / TablesPerSchema;
        var name = index switch
        {
            0 => "users",
            1 => "groups",
            2 => "items",
            3 => "external_references",
            _ => "t" + index.ToString("D4", CultureInfo.InvariantCulture) + "_records",
        };
        return Catalog(schemaIndex) + ".s" + schemaIndex.ToString("D2", CultureInfo.InvariantCulture) + "." + name;
    }

    private static string Catalog(int schemaIndex) => schemaIndex % 2 == 0 ? "syn_core" : "syn_content";

    private static void WriteTable(StringBuilder text, int index, int columns, IReadOnlyList<string> tableNames, Random random)
    {
        var name = tableNames[index].Split('.')[2];
        text.Append("  ").Append(name).Append(":\n");
        text.Append("    description: Synthetic table ").Append(index).Append(".\n");
        text.Append("    provenance: inferred\n");
        text.Append("    approx_rows: ").Append(random.Next(1, 1_000_000_000)).Append('\n');
        text.Append("    primary_key: [id]\n");
        text.Append("    time_column: created_at\n");
        text.Append("    columns:\n");
        Column(text, "id", "bigint", false, "");
        Column(text, "created_at", "timestamp(6)", false, "");
        var written = 2;
        if (index == 3)
        {
            Column(text, "partner_id", "integer", false, "        enum: partner\n");
            Column(text, "xref_type_id", "integer", false, "        enum: xref_type\n");
            Column(text, "target_id", "bigint", false, "");
            written += 3;
        }
        else if (index > 3)
        {
            // One foreign key per parent, so the parents' reverse navigations (named after this table) never clash.
            var parents = new[] { random.Next(0, index), random.Next(0, index) }.Distinct().ToList();
            foreach (var parent in parents)
            {
                var parentTable = tableNames[parent].Split('.')[2];
                Column(text, "parent_" + parent.ToString("D4", CultureInfo.InvariantCulture) + "_id", "bigint", random.Next(2) == 0, "        references: " + tableNames[parent] + ".id\n        description: The " + parentTable + " row.\n");
                written++;
            }

            var kinds = random.Next(3) == 0 ? "[user, group]" : "[user]";
            Column(text, "owner_xid", "bigint", true, "        xref: " + kinds + "\n");
            Column(text, "status_id", "integer", true, "        enum: e" + (index % 10).ToString(CultureInfo.InvariantCulture) + "\n");
            written += 2;
        }

        for (var c = written; c < columns; c++)
        {
            var type = Types[random.Next(Types.Length)];
            var extra = random.Next(8) == 0 ? "        pii: true\n" : random.Next(8) == 0 ? "        avg_bytes: 12.5\n" : "";
            Column(text, "c" + c.ToString("D3", CultureInfo.InvariantCulture) + "_" + (random.Next(2) == 0 ? "value" : "timestamp"), type, random.Next(2) == 0, extra);
        }
    }

    private static void Column(StringBuilder text, string name, string type, bool nullable, string extra)
    {
        text.Append("      - name: ").Append(name).Append('\n');
        text.Append("        type: ").Append(type).Append('\n');
        text.Append("        nullable: ").Append(nullable ? "true" : "false").Append('\n');
        text.Append("        provenance: inferred\n");
        text.Append(extra);
    }

    private static string Lake() =>
        "catalogs:\n"
        + "  syn_core:\n    description: Synthetic core catalog.\n    athena: { data_source: syn_core }\n    duckdb: { attach_as: syn_core }\n"
        + "  syn_content:\n    description: Synthetic content catalog.\n    athena: { catalog_path: \"s3tablescatalog/syn-content\" }\n    duckdb: { attach_as: syn_content }\n"
        + "xref:\n"
        + "  table: " + TableName(3) + "\n  id_column: id\n  target_column: target_id\n  type_column: xref_type_id\n"
        + "  partner_column: partner_id\n  type_enum: xref_type\n  partner_enum: partner\n  default_partner: tng\n"
        + "  targets:\n    user: " + TableName(0) + "\n    group: " + TableName(1) + "\n    item: " + TableName(2) + "\n";

    private static string Enums()
    {
        var text = new StringBuilder("enums:\n");
        text.Append("  partner:\n    description: Who owns a reference.\n    values:\n      5: { name: tng, description: The core system. }\n      6: other\n");
        text.Append("  xref_type:\n    values:\n      1: user\n      2: group\n      3: item\n");
        for (var e = 0; e < 10; e++)
        {
            text.Append("  e").Append(e).Append(":\n    description: Synthetic codes.\n    values:\n");
            for (var v = 1; v <= 3 + e; v++)
            {
                text.Append("      ").Append(v).Append(": code_").Append(v).Append('\n');
            }
        }

        return text.ToString();
    }
}
