using System.Collections;
using Assist.Query.Generative.Tests.Generation;

namespace Assist.Query.Generative.Tests.Reference;

/// <summary>
/// Window functions over in-memory rows, as SQL defines them: per partition (null values form one partition, as
/// PARTITION BY groups them), in the order of the unique key; the rows come out in the order they came in, as a
/// projection keeps it.
/// </summary>
public static class WindowReference
{
    public static IEnumerable Apply(WindowPlan plan, IEnumerable rows, NavigationRewriter rewriter)
    {
        var key = rewriter.Compile(plan.Key);
        var partition = rewriter.Compile(plan.Partition);
        var value = plan.Value is null ? null : rewriter.Compile(plan.Value);
        var input = rows.Cast<object?>().ToList();
        var keys = input.Select(r => key.DynamicInvoke(r)!).ToList();
        var parts = input.Select(r => partition.DynamicInvoke(r)).ToList();
        var values = input.Select(r => value?.DynamicInvoke(r)).ToList();
        var results = new object?[input.Count];
        foreach (var group in Enumerable.Range(0, input.Count).GroupBy(i => parts[i]))
        {
            long position = 0;
            long running = 0;
            object? previous = null;
            foreach (var i in group.OrderBy(i => Convert.ToInt64(keys[i], System.Globalization.CultureInfo.InvariantCulture)))
            {
                position++;
                results[i] = plan.Function switch
                {
                    Construct.WindowRowNumber => position,
                    Construct.WindowLag => previous,
                    Construct.WindowRunningSum => running += Convert.ToInt64(values[i], System.Globalization.CultureInfo.InvariantCulture),
                    _ => throw new InvalidOperationException(plan.Function),
                };
                previous = values[i];
            }
        }

        // A List<RowType>, so the next step's Enumerable method takes it as its IEnumerable<RowType>.
        var output = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(plan.RowType))!;
        for (var i = 0; i < input.Count; i++)
        {
            output.Add(Activator.CreateInstance(plan.RowType, keys[i], parts[i], results[i]));
        }

        return output;
    }
}
