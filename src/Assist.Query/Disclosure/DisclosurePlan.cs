namespace Assist.Query.Disclosure;

/// <summary>What the rewrite decided for one output (review.json's <c>disclosure</c> entry without the SQL).</summary>
/// <param name="PersonsColumn"><c>#persons</c>, or null when no column was added.</param>
/// <param name="PersonPath">The person column persons are counted by, or null.</param>
/// <param name="ManualReview">Why the rules cannot be applied automatically, or null.</param>
/// <param name="Columns">The output's own columns in SELECT order.</param>
internal sealed record DisclosurePlan(string? PersonsColumn, string? PersonPath, string? ManualReview, IReadOnlyList<DisclosureColumn> Columns);
