using System.Globalization;
using System.Text;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>
/// The outcomes of a run by kind and reason; for every class that is not a match, its first example; for failure
/// classes, the seeds of their first examples (to shrink) and the shrunk examples.
/// </summary>
public sealed class RunSummary(RunSettings settings)
{
    /// <summary>How many failing seeds a class keeps for shrinking (different bugs often share "rows differ").</summary>
    public const int SeedsKeptPerClass = 8;

    private readonly Dictionary<OutcomeKind, int> _byKind = [];
    private readonly Dictionary<(OutcomeKind Kind, string Reason), int> _byReason = [];
    private readonly Dictionary<(OutcomeKind Kind, string Reason), string> _firstExample = [];
    private readonly Dictionary<(OutcomeKind Kind, string Reason), List<string>> _failingSeeds = [];
    private readonly Dictionary<(OutcomeKind Kind, string Reason), List<string>> _shrunk = [];
    private readonly HashSet<string> _constructs = new(StringComparer.Ordinal);

    public RunSettings Settings { get; } = settings;

    public TimeSpan Elapsed { get; set; }

    /// <summary>Where the examples' time went, for the report.</summary>
    public string Times { get; set; } = "";

    public IReadOnlySet<string> Constructs => _constructs;

    /// <summary>The failure classes, in the order first met, with the seeds of their first examples.</summary>
    public IEnumerable<(OutcomeKind Kind, string Reason, IReadOnlyList<string> Seeds)> FailingSeeds =>
        _failingSeeds.Select(p => (p.Key.Kind, p.Key.Reason, (IReadOnlyList<string>)p.Value));

    public int Count(OutcomeKind kind) => _byKind.GetValueOrDefault(kind);

    public void Add(string seed, string printedQuery, IReadOnlySet<string> constructs, Outcome outcome)
    {
        _constructs.UnionWith(constructs);
        _byKind[outcome.Kind] = Count(outcome.Kind) + 1;
        var key = (outcome.Kind, outcome.Class);
        _byReason[key] = _byReason.GetValueOrDefault(key) + 1;
        if (outcome.Kind != OutcomeKind.Match)
        {
            _firstExample.TryAdd(key, Describe(seed, printedQuery, outcome));
        }

        if (outcome.IsFailure)
        {
            var seeds = _failingSeeds.TryGetValue(key, out var list) ? list : _failingSeeds[key] = [];
            if (seeds.Count < SeedsKeptPerClass)
            {
                seeds.Add(seed);
            }
        }
    }

    /// <summary>Records a shrunk example of a class; the same shrunk text twice is kept once.</summary>
    public void AddShrunk(OutcomeKind kind, string reason, string text)
    {
        var list = _shrunk.TryGetValue((kind, reason), out var existing) ? existing : _shrunk[(kind, reason)] = [];
        if (!list.Contains(text))
        {
            list.Add(text);
        }
    }

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

        foreach (var (key, first) in _firstExample)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {key.Kind}: {key.Reason}\n\nFirst example, {first}");
            foreach (var shrunk in _shrunk.GetValueOrDefault(key) ?? [])
            {
                text.Append("\n### Shrunk\n").Append(shrunk).Append('\n');
            }
        }

        return text.ToString();
    }
}
