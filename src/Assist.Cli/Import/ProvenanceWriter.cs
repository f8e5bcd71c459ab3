using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Assist.Schema.Model;

namespace Assist.Cli.Import;

/// <summary>
/// Writes <c>&lt;lake&gt;/_provenance.json</c>: what was imported (format, files with size and SHA-256, rows), and for
/// every lake column written whether its values are the platform's own, derived or synthesized, and from what; columns
/// the import leaves NULL are listed as <c>empty</c>. Side tables are listed with their descriptions.
/// </summary>
internal static class ProvenanceWriter
{
    /// <summary>The file name, at the lake's root.</summary>
    public const string FileName = "_provenance.json";

    /// <summary>What was written, for the provenance file.</summary>
    /// <param name="Format">The format.</param>
    /// <param name="Settings">The settings.</param>
    /// <param name="Files">The input files and their row counts.</param>
    /// <param name="Tables">Lake tables written: schema, mapping, rows.</param>
    /// <param name="Sides">Side tables written and their rows.</param>
    internal sealed record Record(
        ImportFormat Format,
        ImportSettings Settings,
        IReadOnlyList<(InputFile File, long Rows)> Files,
        IReadOnlyList<(TableDef Table, TableMapping Mapping, long Rows)> Tables,
        IReadOnlyList<(SideTable Side, long Rows)> Sides);

    /// <summary>Writes the file into <paramref name="lake"/>.</summary>
    public static void Write(string lake, Record record)
    {
        using var stream = File.Create(Path.Combine(lake, FileName));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("importedBy", "assist import");
        json.WriteString("format", record.Format.Name);
        json.WriteNumber("schoolYear", record.Settings.SchoolYear);
        json.WriteStartArray("files");
        foreach (var (file, rows) in record.Files)
        {
            json.WriteStartObject();
            json.WriteString("name", Path.GetFileName(file.Path));
            json.WriteNumber("bytes", new FileInfo(file.Path).Length);
            json.WriteString("sha256", Sha256(file.Path));
            json.WriteNumber("rows", rows);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("tables");
        foreach (var (table, mapping, rows) in record.Tables)
        {
            json.WriteStartObject(table.QualifiedName);
            json.WriteNumber("rows", rows);
            json.WriteStartObject("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject(column.Name);
                var mapped = mapping.Columns.FirstOrDefault(c => c.Column == column.Name);
                json.WriteString("origin", mapped is null ? "empty" : OriginName(mapped.Origin));
                json.WriteString("from", mapped?.Note ?? "not in the file: NULL");
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("sideTables");
        foreach (var (side, rows) in record.Sides)
        {
            json.WriteStartObject($"_side/{record.Format.SideFolder}/{side.Name}");
            json.WriteNumber("rows", rows);
            json.WriteString("description", side.Description);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The origin's name as docs/import.md and the provenance file spell it.</summary>
    public static string OriginName(ValueOrigin origin) => origin switch
    {
        ValueOrigin.Platform => "platform",
        ValueOrigin.Derived => "derived",
        _ => "synthesized",
    };

    private static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
