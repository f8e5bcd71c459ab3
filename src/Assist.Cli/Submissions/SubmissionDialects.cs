using Assist.Query;

namespace Assist.Cli.Submissions;

/// <summary>The dialect names the submission verbs accept.</summary>
internal static class SubmissionDialects
{
    /// <summary>The accepted names, for messages.</summary>
    public const string Names = "athena, trino or duckdb";

    /// <summary>The dialect, or null for an unknown name.</summary>
    public static SqlDialect? Find(string name) => name.ToLowerInvariant() switch
    {
        "athena" => SqlDialect.Athena,
        "trino" => SqlDialect.Trino,
        "duckdb" => SqlDialect.DuckDb,
        _ => null,
    };
}
