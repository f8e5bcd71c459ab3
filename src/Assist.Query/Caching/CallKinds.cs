using System.Collections.Concurrent;
using System.Reflection;

namespace Assist.Query.Caching;

/// <summary>
/// What a called method means to the key walk, decided once per method: a marker (<see cref="Sql"/>, <see cref="Window"/>,
/// <c>AsSequence</c>, a generated navigation: never evaluated on the client), a query operator (its instance is a query,
/// not a value), or an ordinary method whose call over captured values is evaluated into a slot. Deciding it per call
/// hashed the method's name into the navigation registry on every call node of every walk.
/// </summary>
internal static class CallKinds
{
    public const int Ordinary = 0;
    public const int Marker = 1;
    public const int QueryOperator = 2;

    // Keyed by the method handle. A generated lake registers navigations from its module initializer, possibly after a
    // method was classified, so the table is dropped whenever the registry changed (LakeModel.Version).
    private static volatile Table s_table = new(-1);

    /// <summary>The kind of a called method.</summary>
    public static int Of(MethodInfo method)
    {
        // LINQ's own operators (g.Count(), rows.Sum(…)) are the most frequent calls in a query and never markers.
        if (method.DeclaringType == typeof(Enumerable))
        {
            return Ordinary;
        }

        var table = s_table;
        var version = Metadata.LakeModel.Version;
        if (table.Version != version)
        {
            table = new Table(version);
            s_table = table;
        }

        var handle = method.MethodHandle.Value;
        if (!table.Kinds.TryGetValue(handle, out var kind))
        {
            kind = IsMarker(method) ? Marker : IsQueryOperator(method) ? QueryOperator : Ordinary;
            table.Kinds.TryAdd(handle, kind);
        }

        return kind;
    }

    private static bool IsMarker(MethodInfo method)
    {
        var type = method.DeclaringType;
        return type == typeof(Sql) || type == typeof(Window) || type == typeof(WindowSpec)
            || (type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(Query<>) && method.Name == nameof(Query<int>.AsSequence))
            || Metadata.LakeModel.FindNavigation(type!, method.Name) is not null;
    }

    private static bool IsQueryOperator(MethodInfo method)
    {
        var type = method.DeclaringType;
        return type is { IsGenericType: true }
            && (type.GetGenericTypeDefinition() == typeof(Query<>) || type.GetGenericTypeDefinition() == typeof(OrderedQuery<>));
    }

    private sealed class Table(int version)
    {
        public int Version { get; } = version;

        public ConcurrentDictionary<nint, int> Kinds { get; } = new();
    }
}
