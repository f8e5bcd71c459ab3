using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assist.Cli.Disclosure.Reporting;

/// <summary>disclosure.json's serializer: camelCase, indented, \n line endings on every platform (source-generated).</summary>
[JsonSerializable(typeof(DisclosureReport))]
internal sealed partial class DisclosureJson : JsonSerializerContext
{
    // Relaxed escaping keeps quotes and apostrophes in reasons readable; the file is never embedded in HTML.
    private static readonly DisclosureJson s_readable = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The report as JSON text, ending with a line break.</summary>
    public static string Write(DisclosureReport report) => JsonSerializer.Serialize(report, s_readable.DisclosureReport) + "\n";
}
