using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>
/// A review.json written by hand, following the contract the compiler's disclosure section implements: per output
/// <c>disclosure.personsColumn</c>, <c>manualReview</c> and <c>columns[]</c> (name, kind, dominanceColumn). A key column
/// <c>School</c> is made from the lake column <c>lake.t.school</c>, which is also its GROUP BY key.
/// </summary>
internal static class ReviewFixture
{
    /// <summary>review.json's text for <paramref name="outputs"/>.</summary>
    public static string Json(params FixtureOutput[] outputs)
    {
        var root = new JsonObject
        {
            ["submission"] = new JsonObject { ["file"] = "fixture.cs", ["sha256"] = new string('a', 64) },
            ["disclosure"] = new JsonObject { ["personsColumn"] = "#persons", ["topSharePrefix"] = "#top_share:" },
            ["outputs"] = new JsonArray(outputs.Select(Output).ToArray<JsonNode?>()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The lake column a key column is made from and grouped by.</summary>
    public static string Source(string keyColumn) => "lake.t." + keyColumn.ToLowerInvariant();

    private static JsonObject Output(FixtureOutput o)
    {
        var keys = o.Columns.Where(c => c.Kind == "key").Select(c => Source(c.Name)).ToList();
        var output = new JsonObject
        {
            ["name"] = o.Name,
            ["sqlFile"] = o.Name + ".sql",
            ["rowLevel"] = o.RowLevel,
            ["reason"] = o.RowLevel ? "a model needs one row per attempt" : null,
            ["personLevel"] = o.PersonLevel,
            ["groupKeys"] = new JsonArray(keys.Select(k => (JsonNode?)k).ToArray()),
            ["resultColumns"] = new JsonArray(o.Columns.Select(c => (JsonNode?)new JsonObject
            {
                ["name"] = c.Name,
                ["sources"] = c.Kind == "key" ? new JsonArray(Source(c.Name)) : new JsonArray(),
                ["personIdentifier"] = false,
            }).ToArray()),
        };
        if (o.WithDisclosure)
        {
            output["disclosure"] = new JsonObject
            {
                ["personsColumn"] = o.WithPersons ? "#persons" : null,
                ["personPath"] = "lake.t.user_id",
                ["manualReview"] = o.ManualReview,
                ["columns"] = new JsonArray(o.Columns.Select(c =>
                {
                    var column = new JsonObject { ["name"] = c.Name, ["kind"] = c.Kind };
                    if (c.Kind is "sum" or "average")
                    {
                        column["dominanceColumn"] = "#top_share:" + c.Name;
                    }

                    return (JsonNode?)column;
                }).ToArray()),
            };
        }

        return output;
    }
}

/// <summary>One output of a hand-written review.json.</summary>
/// <param name="Name">The output's name.</param>
/// <param name="Columns">Its columns and kinds (key, count, sum, average, other).</param>
internal sealed record FixtureOutput(string Name, params (string Name, string Kind)[] Columns)
{
    public bool RowLevel { get; init; }

    public bool PersonLevel { get; init; }

    public string? ManualReview { get; init; }

    public bool WithDisclosure { get; init; } = true;

    public bool WithPersons { get; init; } = true;
}
