using System.Text.Json;
using Assist.Cli.Disclosure;
using Assist.Cli.Disclosure.Inputs;
using Assist.Cli.Disclosure.Rules;
using Assist.TestKit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>What the release step wrote for a hand-made submission: the released tables and disclosure.json.</summary>
internal sealed record Release(IReadOnlyDictionary<string, IReadOnlyList<string?[]>> Tables, JsonElement Report)
{
    /// <summary>Runs the release step on <paramref name="files"/> (name -> CSV text) against <paramref name="review"/>.</summary>
    public static Release Of(string review, IReadOnlyDictionary<string, string> files, DisclosureRules? rules = null)
    {
        using var folder = new TempFolder("assist-disclosure");
        foreach (var (name, text) in files)
        {
            folder.Write(Path.Combine("results", name + ".csv"), text);
        }

        Directory.CreateDirectory(folder.Combine("results"));
        Directory.CreateDirectory(folder.Combine("out"));
        var plan = ReviewPlanReader.Parse(review, "review.json");
        DisclosureRelease.Write(plan, folder.Combine("results"), "results", rules ?? DisclosureRules.Defaults, "2026-01-02T03:04:05Z", folder.Combine("out"));
        var tables = Directory.GetFiles(folder.Combine("out"), "*.csv").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => (IReadOnlyList<string?[]>)CsvRecords.Parse(File.ReadAllText(f), f).Select(r => r.Select(c => c.Text).ToArray()).ToList(),
            StringComparer.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(folder.Combine("out", "disclosure.json")));
        return new Release(tables, report.RootElement.Clone());
    }

    /// <summary>The same for one output.</summary>
    public static Release Of(FixtureOutput output, string csv, DisclosureRules? rules = null) =>
        Of(ReviewFixture.Json(output), new Dictionary<string, string> { [output.Name] = csv }, rules);

    /// <summary>The released rows of <paramref name="output"/> (header first), as "a,b,c" lines.</summary>
    public IReadOnlyList<string> Lines(string output) => Tables[output].Select(r => string.Join(",", r.Select(c => c ?? ""))).ToList();

    /// <summary>Every cell touched as "output|key=value;...|column|action".</summary>
    public IReadOnlyList<string> Cells() => Report.GetProperty("cells").EnumerateArray().Select(c =>
        string.Join("|",
            c.GetProperty("output").GetString(),
            string.Join(";", c.GetProperty("row").EnumerateArray().Select(k => k.GetProperty("column").GetString() + "=" + (k.GetProperty("value").GetString() ?? "(all)"))),
            c.GetProperty("column").GetString() ?? "(all)",
            c.GetProperty("action").GetString())).ToList();

    /// <summary>A count of disclosure.json's <c>counts</c>.</summary>
    public int Count(string name) => Report.GetProperty("counts").GetProperty(name).GetInt32();
}
