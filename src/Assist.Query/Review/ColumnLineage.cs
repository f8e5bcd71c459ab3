namespace Assist.Query.Review;

/// <summary>
/// Where the value of one SQL expression comes from: every lake column it is computed from, and, when the expression
/// is that column itself (through casts and derived tables), the column it passes through unchanged.
/// </summary>
/// <param name="Sources">Every lake column the value depends on.</param>
/// <param name="Identity">The column the value is a copy of, or null when it is computed (an aggregate, a function).</param>
internal sealed record ColumnLineage(IReadOnlySet<LakeColumn> Sources, LakeColumn? Identity)
{
    /// <summary>A value that depends on no column (a literal, a parameter, <c>count(*)</c>).</summary>
    public static ColumnLineage None { get; } = new(new HashSet<LakeColumn>(), null);

    /// <summary>The value of a column as it is.</summary>
    public static ColumnLineage Of(LakeColumn column) => new(new HashSet<LakeColumn> { column }, column);

    /// <summary>A value computed from several inputs: their sources, no identity.</summary>
    public static ColumnLineage Computed(IEnumerable<ColumnLineage> inputs)
    {
        var sources = new HashSet<LakeColumn>();
        foreach (var input in inputs)
        {
            sources.UnionWith(input.Sources);
        }

        return new ColumnLineage(sources, null);
    }
}
