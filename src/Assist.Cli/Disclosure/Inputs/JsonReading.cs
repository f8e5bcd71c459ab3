using System.Text.Json;

namespace Assist.Cli.Disclosure.Inputs;

/// <summary>Typed reads of a JSON document that refuse a missing or mistyped field with its path.</summary>
/// <param name="file">How messages name the file.</param>
internal sealed class JsonReading(string file)
{
    public DisclosureInputException Problem(string message) => new(new DisclosureProblem(file, 0, 0, message));

    public JsonElement Object(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? element : throw Problem($"{path} must be a JSON object");

    public JsonElement Property(JsonElement element, string name, string path) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : throw Problem($"{path} has no '{name}'");

    public IEnumerable<JsonElement> Array(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToList() : throw Problem($"{path} must be a JSON array");

    public string? String(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String ? element.GetString() : throw Problem($"{path} must be a string");

    public bool Bool(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Problem($"{path} must be true or false"),
    };

    public string? OptionalString(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? String(value, $"{path}.{name}") : null;
}
