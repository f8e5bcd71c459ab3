namespace Assist.Schema.Drift;

/// <summary>A column as the lake itself reports it.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="TypeText">The type as the source spells it (see <see cref="ObservedLake.Spelling"/>).</param>
/// <param name="Nullable">Whether it may hold NULL; null when the source does not say.</param>
/// <param name="Comment">The lake's comment on the column, or null.</param>
/// <param name="Origin">Where it was read (<c>file:line</c> or a Parquet file), for messages.</param>
public sealed record ObservedColumn(string Name, string TypeText, bool? Nullable, string? Comment, string Origin);
