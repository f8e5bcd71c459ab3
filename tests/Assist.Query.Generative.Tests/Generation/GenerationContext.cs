using System.Linq.Expressions;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>What one example's generation shares: its choices, the locals it captured and the constructs it used.</summary>
public sealed class GenerationContext(Choices choices)
{
    private readonly List<ICaptured> _captures = [];
    private readonly HashSet<string> _constructs = new(StringComparer.Ordinal);

    public Choices Choices { get; } = choices;

    public IReadOnlyList<ICaptured> Captures => _captures;

    public IReadOnlySet<string> Constructs => _constructs;

    /// <summary>Records that the example uses <paramref name="construct"/> (one of the <see cref="Construct"/> names).</summary>
    public void Use(string construct) => _constructs.Add(construct);

    /// <summary>A captured local holding <paramref name="value"/>, read the way the C# compiler reads closures.</summary>
    public Expression Capture<T>(T value)
    {
        var captured = new Captured<T>("v" + (_captures.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), value);
        _captures.Add(captured);
        return captured.Read();
    }
}
