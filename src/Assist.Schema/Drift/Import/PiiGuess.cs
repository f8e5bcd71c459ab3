using System;
using System.Linq;

namespace Assist.Schema.Drift.Import;

/// <summary>
/// Guesses from a new column's name whether it holds personal data. Only a guess: the import writes it with a comment
/// asking for review, since a wrong "no" would let a query read personal data unreported.
/// </summary>
internal static class PiiGuess
{
    private static readonly string[] Words =
    {
        "email", "username", "login", "phone", "address", "street", "zip", "postal", "birthdate", "birthday", "dob",
        "ssn", "password", "ip", "firstname", "lastname", "surname", "nickname", "comment", "comments", "feedback",
    };

    private static readonly string[] Names = { "name", "first_name", "last_name", "full_name", "middle_name", "display_name", "answer_text" };

    /// <summary>True when the name suggests personal data.</summary>
    public static bool IsLikely(string column) =>
        Names.Contains(column, StringComparer.Ordinal) || column.Split('_').Any(part => Words.Contains(part, StringComparer.Ordinal));
}
