using System.Text.Encodings.Web;
using System.Text.Json;

namespace Assist.Cli.Output;

/// <summary>
/// The JSON conventions of every file a person reads (review.json, disclosure.json): camelCase, indented, \n line
/// endings on every platform. Relaxed escaping keeps quotes and apostrophes in messages readable; the files are never
/// embedded in HTML.
/// </summary>
internal static class ReadableJson
{
    /// <summary>New options for one serializer context (a context binds the options it is given, so each needs its own).</summary>
    public static JsonSerializerOptions NewOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
