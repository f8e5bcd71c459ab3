using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assist.Cli.Submissions.Capture;

/// <summary>The JSON contract between the capture process and its parent (source-generated, no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CaptureResult))]
internal sealed partial class CaptureJson : JsonSerializerContext
{
    public static string Write(CaptureResult result) => JsonSerializer.Serialize(result, Default.CaptureResult);

    public static CaptureResult? Read(string json) => JsonSerializer.Deserialize(json, Default.CaptureResult);
}
