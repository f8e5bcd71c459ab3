namespace Assist.Cli.Docs.Views;

/// <summary>One column as the data dictionary shows it; every text is already Markdown-safe for a table cell.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The Athena DML type.</param>
/// <param name="ClrType">The C# property type.</param>
/// <param name="Property">The C# property name.</param>
/// <param name="Nullable">"yes" or "no".</param>
/// <param name="Pii">"**PII**" or empty.</param>
/// <param name="Description">The description, with the unit and key role appended.</param>
/// <param name="Enum">A link to the enumeration, or empty.</param>
/// <param name="Provenance">Provenance and source tags.</param>
/// <param name="Aliases">Other names, or empty.</param>
internal sealed record ColumnView(
    string Name,
    string Type,
    string ClrType,
    string Property,
    string Nullable,
    string Pii,
    string Description,
    string Enum,
    string Provenance,
    string Aliases);
