namespace Assist.Cli.Import;

/// <summary>A column a format knows, as its header names it.</summary>
/// <param name="Name">The header text, exactly (case-sensitive, as in the published files).</param>
/// <param name="DuckDbType">The type DuckDB reads it as; a value that does not convert is refused with its line and column.</param>
/// <param name="InHeader">Whether every file of the format must have the column.</param>
/// <param name="NotNull">Whether every row must have a value in it.</param>
/// <param name="Check">A SQL condition on <c>{0}</c> (the column) every non-null value must meet, or null.</param>
/// <param name="CheckText">What the condition asks, for the message (<c>0 or 1</c>).</param>
/// <param name="Unique">Whether no two rows may have the same value (the column becomes an id).</param>
/// <param name="Stored">Whether the values are kept in the staging table; an ignored column is only type-checked.</param>
internal sealed record CsvField(string Name, string DuckDbType, bool InHeader, bool NotNull, string? Check = null, string? CheckText = null, bool Unique = false, bool Stored = true)
{
    /// <summary>The check of a 0/1 flag.</summary>
    public const string ZeroOrOne = "{0} IN (0, 1)";

    /// <summary>A column the importer needs: in the header and never empty.</summary>
    public static CsvField Needed(string name, string type, string? check = null, string? checkText = null) => new(name, type, true, true, check, checkText);

    /// <summary>A 0/1 flag the importer needs.</summary>
    public static CsvField Flag(string name) => new(name, "INTEGER", true, true, ZeroOrOne, "0 or 1");

    /// <summary>A column the header must have, whose values may be empty.</summary>
    public static CsvField Kept(string name, string type) => new(name, type, true, false);

    /// <summary>A column that may be absent or empty.</summary>
    public static CsvField Optional(string name, string type) => new(name, type, false, false);

    /// <summary>A column that may be absent or empty, whose values must have the type but are not used or kept.</summary>
    public static CsvField Ignored(string name, string type) => new(name, type, false, false, Stored: false);
}
