namespace Assist.Cli.Docs;

/// <summary>Short variable names for the C# navigation examples: the initials of the table name (<c>problem_logs</c> -> <c>pl</c>).</summary>
internal static class SqlAliases
{
    // Two-letter initials that are C# keywords or read like SQL keywords are avoided the same way.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "as", "at", "by", "do", "if", "in", "is", "of", "on", "or", "to" };

    /// <summary>The initials of <paramref name="tableName"/>, avoiding keywords.</summary>
    public static string Of(string tableName)
    {
        var initials = string.Concat(tableName.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(part => part[0]));
        return Reserved.Contains(initials) ? initials + "_" : initials;
    }
}
