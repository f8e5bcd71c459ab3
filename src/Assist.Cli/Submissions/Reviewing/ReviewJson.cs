using System.Text.Json;
using System.Text.Json.Serialization;
using Assist.Cli.Output;

namespace Assist.Cli.Submissions.Reviewing;

/// <summary>review.json's serializer, in the conventions of <see cref="ReadableJson"/> (source-generated).</summary>
[JsonSerializable(typeof(ReviewReport))]
internal sealed partial class ReviewJson : JsonSerializerContext
{
    private static readonly ReviewJson s_readable = new(ReadableJson.NewOptions());

    public static string Write(ReviewReport report) => JsonSerializer.Serialize(report, s_readable.ReviewReport) + "\n";
}
