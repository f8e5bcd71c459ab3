using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>Where a run's time goes (translation, grammar, prepare, reference, execution), so CI's budget can be kept.</summary>
public sealed class PhaseTimes
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    public T Measure<T>(string phase, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            _ticks.AddOrUpdate(phase, Stopwatch.GetTimestamp() - start, (_, t) => t + Stopwatch.GetTimestamp() - start);
        }
    }

    public override string ToString() =>
        string.Join(", ", _ticks.OrderByDescending(p => p.Value).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {Stopwatch.GetElapsedTime(0, p.Value).TotalSeconds:F1} s")));
}
