namespace Assist.Query.Review;

/// <summary>One column of a query's result and the lake columns its value is made from.</summary>
/// <param name="Name">The output name (the C# property name of the row type).</param>
/// <param name="Sources">Every lake column the value depends on, in name order.</param>
/// <param name="CopiedColumn">The lake column the value is an unchanged copy of, or null when it is computed.</param>
public sealed record OutputColumn(string Name, IReadOnlyList<LakeColumn> Sources, LakeColumn? CopiedColumn)
{
    /// <summary>The value is a person identifier as it is (a user id or xid copied into the result).</summary>
    public bool IsPersonIdentifier => CopiedColumn is { IsPersonIdentifier: true };

    /// <summary>The lake columns marked <c>pii</c> the value is made from.</summary>
    public IEnumerable<LakeColumn> PiiSources => Sources.Where(c => c.IsPii);
}
