using System.Globalization;
using System.Text;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>The outcomes of a run by kind and reason, the first example of each failure reason, and its shrunk form.</summary>
public sealed class RunSummary(RunSettings settings)
{
    private readonly Dictionary<OutcomeKind, int> _byKind = [];
    private readonly Dictionary<(OutcomeKind Kind, string Reason), int> _byReason = [];
    private readonly Dictionary<(OutcomeKind Kind, string Reason), string> _firstFailure = [];
    private readonly HashSet<string> _constructs = new(StringComparer.Ordinal);

    private readonly Dictionary<(OutcomeKind Kind, string Reason), string> _firstSeed = [];
    private readonly Dictionary<(OutcomeKind Kind, string Reason), string> _shrunk = [];

    public RunSettings Settings { get; } = settings;

    public TimeSpan Elapsed { get; set; }

    /// <summary>Where the examples' time went, for the report.</summary>
    public string Times { get; set; } = "";

    public int Count(OutcomeKind kind) => _byKind.GetValueOrDefault(kind);

    public IReadOnlySet<string> Constructs => _constructs;

    /// <summary>The failure reasons with the seed of their first example.</summary>
    public IEnumerable<(OutcomeKind Kind, string Reason, string Seed)> FailureSeeds => _firstSeed.Select(p => (p.Key.Kind, p.Key.Reason, p.Value));

    public void Add(string seed, string printedQuery, IReadOnlySet<string> constructs, Outcome outcome)
    {
        _constructs.UnionWith(constructs);
        _byKind[outcome.Kind] = Count(outcome.Kind) + 1;
        var key = (outcome.Kind, outcome.Class);
        _byReason[key] = _byReason.GetValueOrDefault(key) + 1;
        if (outcome.Kind != OutcomeKind.Match && !_firstFailure.ContainsKey(key))
        {
            if (outcome.IsFailure)
            {
                _firstSeed[key] = seed;
            }

            _firstFailure[key] = Describe(seed, printedQuery, outcome);
        }
    }

    public void AddShrunk(OutcomeKind kind, string reason, string text) => _shrunk[(kind, reason)] = text;

    public static string Describe(string seed, string printedQuery, Outcome outcome) =>
        $"seed {seed}\n```csharp\n{printedQuery}\n```\nTrino:\n```sql\n{outcome.TrinoSql}\n```\nDuckDB:\n```sql\n{outcome.DuckDbSql}\n```\n{outcome.Detail}\n";

    public string Report()
    {
        var total = _byKind.Values.Sum();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Generative run: {total} examples, seed {Settings.Seed}, {Elapsed.TotalSeconds:F1} s\n\n{Times}\n\n");
        foreach (var kind in Enum.GetValues<OutcomeKind>())
        {
            text.Append(CultureInfo.InvariantCulture, $"- {kind}: {Count(kind)} ({(total == 0 ? 0 : 100.0 * Count(kind) / total):F1}%)\n");
        }

        text.Append("\n## By reason\n\n");
        foreach (var ((kind, reason), count) in _byReason.OrderBy(p => p.Key.Kind).ThenByDescending(p => p.Value))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {kind} x{count}: {reason}\n");
        }

        foreach (var (key, first) in _firstFailure)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {key.Kind}: {key.Reason}\n\nFirst example, {first}");
            if (_shrunk.TryGetValue(key, out var shrunk))
            {
                text.Append("\nShrunk:\n").Append(shrunk).Append('\n');
            }
        }

        return text.ToString();
    }
}
