namespace Assist.Query.Disclosure;

/// <summary>The names of the columns disclosure control adds after an output's own columns (review.json repeats them).</summary>
public static class DisclosureNames
{
    /// <summary>The number of distinct persons behind each row: <c>count(DISTINCT person)</c>.</summary>
    public const string PersonsColumn = "#persons";

    /// <summary>Prefix of the dominance column of a sum or an average: <c>#top_share:Hints</c>.</summary>
    public const string TopSharePrefix = "#top_share:";

    /// <summary>The dominance column of the output column <paramref name="column"/>.</summary>
    public static string TopShare(string column) => TopSharePrefix + column;
}
