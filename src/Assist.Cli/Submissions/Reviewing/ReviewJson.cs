using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assist.Cli.Submissions.Reviewing;

/// <summary>review.json's serializer: camelCase, indented, \n line endings on every platform (source-generated).</summary>
[JsonSerializable(typeof(ReviewReport))]
internal sealed partial class ReviewJson : JsonSerializerContext
{
    // Relaxed escaping keeps quotes and apostrophes in messages readable; the file is never embedded in HTML.
    private static readonly ReviewJson s_readable = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(ReviewReport report) => JsonSerializer.Serialize(report, s_readable.ReviewReport) + "\n";
}
