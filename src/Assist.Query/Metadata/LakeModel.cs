using System.Collections.Concurrent;

namespace Assist.Query.Metadata;

/// <summary>
/// The registry generated code fills from a module initializer: tables by entity type, navigations by
/// (entity type, method name), and the xref table of each lake (one per generated assembly, so a researcher's own
/// lake and Assist.Lake can live in one process). The translator looks things up here instead of reflecting over
/// names at run time.
/// </summary>
public static class LakeModel
{
    private static readonly ConcurrentDictionary<Type, TableMetadata> s_tables = new();
    private static readonly ConcurrentDictionary<(Type, string), NavigationMetadata> s_navigations = new();
    private static readonly ConcurrentDictionary<System.Reflection.Assembly, XrefMetadata> s_xrefs = new();

    /// <summary>Registers a table (called by generated code).</summary>
    public static void Register(TableMetadata table)
    {
        ArgumentNullException.ThrowIfNull(table);
        s_tables[table.EntityType] = table;
    }

    /// <summary>Registers a navigation method (called by generated code).</summary>
    public static void Register(NavigationMetadata navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        s_navigations[(navigation.DeclaringType, navigation.MethodName)] = navigation;
        Interlocked.Increment(ref s_version);
    }

    private static int s_version;

    /// <summary>Changes whenever a navigation is registered: caches of what a method is (Caching.CallKinds) start over.</summary>
    internal static int Version => Volatile.Read(ref s_version);

    /// <summary>Registers the external references table of the lake its entity belongs to (called by generated code).</summary>
    public static void Register(XrefMetadata xref)
    {
        ArgumentNullException.ThrowIfNull(xref);
        s_xrefs[xref.EntityType.Assembly] = xref;
    }

    /// <summary>The table of a generated entity type, or null when the type is not an entity.</summary>
    public static TableMetadata? FindTable(Type entityType) => s_tables.TryGetValue(entityType, out var t) ? t : null;

    /// <summary>The navigation a generated method stands for, or null when it is not one.</summary>
    public static NavigationMetadata? FindNavigation(Type declaringType, string methodName) =>
        s_navigations.TryGetValue((declaringType, methodName), out var n) ? n : null;

    /// <summary>
    /// The external references table of the lake a generated entity or navigation belongs to, or null when that lake's
    /// schema declared none.
    /// </summary>
    /// <param name="lakeType">Any generated type of the lake (an entity, the declaring type of a navigation).</param>
    public static XrefMetadata? FindXref(Type lakeType)
    {
        ArgumentNullException.ThrowIfNull(lakeType);
        return s_xrefs.TryGetValue(lakeType.Assembly, out var xref) ? xref : null;
    }

    /// <summary>Every registered navigation (for review reports: which columns identify a person).</summary>
    public static IReadOnlyCollection<NavigationMetadata> Navigations => (IReadOnlyCollection<NavigationMetadata>)s_navigations.Values;

    /// <summary>Every registered table (for review reports and the local lake's attach step).</summary>
    public static IReadOnlyCollection<TableMetadata> Tables => (IReadOnlyCollection<TableMetadata>)s_tables.Values;
}
