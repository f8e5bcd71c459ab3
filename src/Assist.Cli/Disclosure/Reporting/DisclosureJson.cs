using System.Text.Json;
using System.Text.Json.Serialization;
using Assist.Cli.Output;

namespace Assist.Cli.Disclosure.Reporting;

/// <summary>disclosure.json's serializer, in the conventions of <see cref="ReadableJson"/> (source-generated).</summary>
[JsonSerializable(typeof(DisclosureReport))]
internal sealed partial class DisclosureJson : JsonSerializerContext
{
    private static readonly DisclosureJson s_readable = new(ReadableJson.NewOptions());

    /// <summary>The report as JSON text, ending with a line break.</summary>
    public static string Write(DisclosureReport report) => JsonSerializer.Serialize(report, s_readable.DisclosureReport) + "\n";
}
