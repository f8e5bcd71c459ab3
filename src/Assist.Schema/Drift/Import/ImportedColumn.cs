using Assist.Schema.Model;

namespace Assist.Schema.Drift.Import;

/// <summary>A lake column in lake types, ready to be written as YAML.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Type">Its lake type.</param>
/// <param name="Nullable">Whether it may hold NULL (true when the lake does not say).</param>
/// <param name="Description">The lake's comment, or null.</param>
internal sealed record ImportedColumn(string Name, SqlType Type, bool Nullable, string? Description);
