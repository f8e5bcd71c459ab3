namespace Assist.Cli.Docs;

/// <summary>Short table aliases for the join examples: the initials of the table name (<c>problem_logs</c> -> <c>pl</c>).</summary>
internal static class SqlAliases
{
    /// <summary>The alias the xref examples give <c>external_references</c>.</summary>
    public const string Xref = "x";

    // Two-letter initials that are SQL keywords cannot be aliases without quotes.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "as", "at", "by", "do", "if", "in", "is", "of", "on", "or", "to" };

    /// <summary>The initials of <paramref name="tableName"/>, avoiding SQL keywords.</summary>
    public static string Of(string tableName)
    {
        var initials = string.Concat(tableName.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(part => part[0]));
        return Reserved.Contains(initials) ? initials + "_" : initials;
    }

    /// <summary>An alias for <paramref name="tableName"/> that differs from every alias in <paramref name="taken"/>.</summary>
    public static string Distinct(string tableName, params string[] taken)
    {
        var alias = Of(tableName);
        var candidate = alias;
        for (var n = 2; taken.Contains(candidate, StringComparer.Ordinal); n++)
        {
            candidate = alias + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
