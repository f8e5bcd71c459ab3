namespace Assist.Query.Disclosure;

/// <summary>One of an output's own columns, as disclosure control sees it.</summary>
/// <param name="Name">The column's name (the C# property name).</param>
/// <param name="Kind">What the column is.</param>
/// <param name="DominanceColumn">
/// For a sum or an average: the extra column (<c>#top_share:Name</c>) holding the share of the cell's total the largest
/// single person contributes; null otherwise, and null when the output carries no disclosure columns.
/// </param>
public sealed record DisclosureColumn(string Name, DisclosureColumnKind Kind, string? DominanceColumn);
