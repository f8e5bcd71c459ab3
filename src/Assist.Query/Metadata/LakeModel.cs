using System.Collections.Concurrent;

namespace Assist.Query.Metadata;

/// <summary>
/// The registry generated code fills from a module initializer: tables by entity type, navigations by
/// (entity type, method name), and the xref table. The translator looks things up here instead of
/// reflecting over names at run time.
/// </summary>
public static class LakeModel
{
    private static readonly ConcurrentDictionary<Type, TableMetadata> s_tables = new();
    private static readonly ConcurrentDictionary<(Type, string), NavigationMetadata> s_navigations = new();
    private static XrefMetadata? s_xref;

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
    }

    /// <summary>Registers the external references table (called by generated code).</summary>
    public static void Register(XrefMetadata xref) => s_xref = xref ?? throw new ArgumentNullException(nameof(xref));

    /// <summary>The table of a generated entity type, or null when the type is not an entity.</summary>
    public static TableMetadata? FindTable(Type entityType) => s_tables.TryGetValue(entityType, out var t) ? t : null;

    /// <summary>The navigation a generated method stands for, or null when it is not one.</summary>
    public static NavigationMetadata? FindNavigation(Type declaringType, string methodName) =>
        s_navigations.TryGetValue((declaringType, methodName), out var n) ? n : null;

    /// <summary>The external references table, or null when no schema declared one.</summary>
    public static XrefMetadata? Xref => s_xref;

    /// <summary>Every registered table (for review reports and the local lake's attach step).</summary>
    public static IReadOnlyCollection<TableMetadata> Tables => (IReadOnlyCollection<TableMetadata>)s_tables.Values;
}
