using System;
using System.Collections.Generic;
using Assist.Schema.Model;
using Assist.Schema.Navigation;
using Assist.SourceGen.Diagnostics;
using Assist.SourceGen.Infrastructure;

namespace Assist.SourceGen.Parsing;

/// <summary>
/// What one table's entity is built from: the pipeline's per-table step, so a YAML edit rebuilds only the entities
/// whose inputs changed.
/// </summary>
/// <remarks>
/// Cacheability contract: equal when the entity built from it would be equal, compared cheaply. A file whose text did
/// not change keeps its parsed fragment (and so the very same <see cref="TableDef"/>) from the cache, so the table is
/// compared by reference; its navigations are records that reach other tables by reference too; the enumerations and
/// the xref section are compared by reference, and the root namespace and the diagnostics that explain a member
/// clash by value. The index, plan and locator are lookups over the same schema and are not compared.
/// </remarks>
internal sealed class EntityInput : IEquatable<EntityInput>
{
    public EntityInput(TableDef table, IReadOnlyList<LakeNavigation> navigations, EquatableArray<DiagnosticInfo> explained, LakeIndex index, NavigationPlan plan, DiagnosticLocator locator)
    {
        Table = table;
        Navigations = navigations;
        Explained = explained;
        Index = index;
        Plan = plan;
        Locator = locator;
    }

    /// <summary>The table.</summary>
    public TableDef Table { get; }

    /// <summary>Its navigations, from the shared plan.</summary>
    public IReadOnlyList<LakeNavigation> Navigations { get; }

    /// <summary>Schema errors on the lines just above the table's navigations' origins (a member clash they already explain).</summary>
    public EquatableArray<DiagnosticInfo> Explained { get; }

    /// <summary>Lookups of the whole schema (entity and enum type names).</summary>
    public LakeIndex Index { get; }

    /// <summary>The whole navigation plan (xref section, partner enumeration).</summary>
    public NavigationPlan Plan { get; }

    /// <summary>Locates the entity's own diagnostics in the YAML texts.</summary>
    public DiagnosticLocator Locator { get; }

    /// <inheritdoc />
    public bool Equals(EntityInput? other) =>
        other is not null
        && ReferenceEquals(Table, other.Table)
        && string.Equals(Index.RootNamespace, other.Index.RootNamespace, StringComparison.Ordinal)
        && ReferenceEquals(Plan.Xref, other.Plan.Xref)
        && SameReferences(Index.Schema.Enums, other.Index.Schema.Enums)
        && Explained.Equals(other.Explained)
        && SameNavigations(Navigations, other.Navigations);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EntityInput);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Table.QualifiedName);

    private static bool SameNavigations(IReadOnlyList<LakeNavigation> left, IReadOnlyList<LakeNavigation> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!left[i].Equals(right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameReferences<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
        where T : class
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!ReferenceEquals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }
}
