using System.Text.Json;

namespace Assist.Cli.Disclosure.Inputs;

/// <summary>
/// Reads the outputs of a review.json (as <c>assist sql</c> writes it) into <see cref="OutputPlan"/>s. Only what the
/// rules need is read; a missing or mistyped field is refused with its JSON path, a JSON syntax error with its line and
/// column.
/// </summary>
internal static class ReviewPlanReader
{
    /// <summary>The persons column review.json names when an output's section does not (the compiler's fixed name).</summary>
    public const string DefaultPersonsColumn = "#persons";

    /// <summary>Reads review.json's text; <paramref name="shownName"/> is how messages name the file.</summary>
    /// <exception cref="DisclosureInputException">The text is not a review.json.</exception>
    public static ReviewPlan Parse(string text, string shownName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new DisclosureInputException(new DisclosureProblem(shownName, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + e.Message.Split(" Path:")[0]));
        }

        using (document)
        {
            var json = new JsonReading(shownName);
            var root = json.Object(document.RootElement, "the file");
            var submission = json.Object(json.Property(root, "submission", "the file"), "submission");
            var file = json.String(json.Property(submission, "file", "submission"), "submission.file")!;
            var sha = json.OptionalString(submission, "sha256", "submission");
            var outputs = json.Array(json.Property(root, "outputs", "the file"), "outputs")
                .Select((element, i) => Output(json, element, $"outputs[{i}]"))
                .ToList();
            var duplicate = outputs.GroupBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw json.Problem($"two outputs are named '{duplicate.Key}'");
            }

            return new ReviewPlan(file, sha, outputs);
        }
    }

    private static OutputPlan Output(JsonReading json, JsonElement element, string path)
    {
        json.Object(element, path);
        var name = json.String(json.Property(element, "name", path), path + ".name")!;
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')))
        {
            throw json.Problem($"{path}.name '{name}' is not an output name ([a-z][a-z0-9_]*)");
        }

        var columns = json.Array(json.Property(element, "resultColumns", path), path + ".resultColumns")
            .Select((c, i) => (Name: json.String(json.Property(c, "name", $"{path}.resultColumns[{i}]"), $"{path}.resultColumns[{i}].name")!,
                Sources: json.Array(json.Property(c, "sources", $"{path}.resultColumns[{i}]"), $"{path}.resultColumns[{i}].sources").Select(s => s.GetString() ?? "").ToList()))
            .ToList();
        var groupKeys = json.Array(json.Property(element, "groupKeys", path), path + ".groupKeys").Select(k => k.GetString() ?? "").ToList();
        var disclosure = element.TryGetProperty("disclosure", out var section) && section.ValueKind != JsonValueKind.Null
            ? Disclosure(json, section, path + ".disclosure")
            : null;
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in disclosure?.Columns.Where(c => c.Kind == ColumnKind.Key) ?? [])
        {
            var keys = columns.Where(c => c.Name == key.Name).SelectMany(c => c.Sources).Where(groupKeys.Contains).Distinct().ToList();
            dimensions[key.Name] = keys.Count == 1 ? keys[0] : name + "." + key.Name;
        }

        return new OutputPlan(
            name,
            json.Bool(json.Property(element, "rowLevel", path), path + ".rowLevel"),
            json.OptionalString(element, "reason", path),
            json.Bool(json.Property(element, "personLevel", path), path + ".personLevel"),
            columns.Select(c => c.Name).ToList(),
            dimensions,
            groupKeys,
            disclosure);
    }

    private static OutputDisclosure Disclosure(JsonReading json, JsonElement element, string path)
    {
        json.Object(element, path);
        var columns = json.Array(json.Property(element, "columns", path), path + ".columns").Select((c, i) =>
        {
            var at = $"{path}.columns[{i}]";
            var kindText = json.String(json.Property(c, "kind", at), at + ".kind");
            var kind = kindText switch
            {
                "key" => ColumnKind.Key,
                "count" => ColumnKind.Count,
                "sum" => ColumnKind.Sum,
                "average" => ColumnKind.Average,
                "other" => ColumnKind.Other,
                _ => throw json.Problem($"{at}.kind must be key, count, sum, average or other; got '{kindText}'"),
            };
            return new PlannedColumn(json.String(json.Property(c, "name", at), at + ".name")!, kind, json.OptionalString(c, "dominanceColumn", at));
        }).ToList();
        return new OutputDisclosure(json.OptionalString(element, "personsColumn", path), json.OptionalString(element, "personPath", path),
            json.OptionalString(element, "manualReview", path), columns);
    }
}

/// <summary>The outputs of a review.json and the submission it reviewed.</summary>
/// <param name="SubmissionFile">The submission's file name.</param>
/// <param name="Sha256">The SHA-256 of the submission's bytes, which ties the release to the reviewed file.</param>
/// <param name="Outputs">The outputs, in declaration order.</param>
internal sealed record ReviewPlan(string SubmissionFile, string? Sha256, IReadOnlyList<OutputPlan> Outputs);
