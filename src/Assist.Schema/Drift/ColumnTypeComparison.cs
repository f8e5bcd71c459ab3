using Assist.Schema.Model;
using Assist.Schema.Types;

namespace Assist.Schema.Drift;

/// <summary>
/// Whether the lake's spelling of a column type is the YAML's type: the one comparison <c>assist schema diff</c>,
/// <c>assist schema import</c> and <c>LocalLake.Open</c>'s Parquet check all use.
/// </summary>
public static class ColumnTypeComparison
{
    /// <summary>True when <paramref name="observed"/>, spelt as <paramref name="spelling"/>, is <paramref name="expected"/>.</summary>
    public static bool Same(SqlType expected, string observed, TypeSpelling spelling)
    {
        if (spelling == TypeSpelling.DuckDb)
        {
            // DuckDB stores every timestamp precision as microseconds: compare in its spelling, not ours.
            return LakeTypes.SameDuckDbType(expected, observed);
        }

        return SqlTypeParser.TryParse(observed, out var type, out _) && type!.Equals(expected);
    }

    /// <summary>The YAML's type as the lake would spell it, for messages (<c>DECIMAL(10,2)</c> for a Parquet lake).</summary>
    public static string Expected(SqlType expected, TypeSpelling spelling) =>
        spelling == TypeSpelling.DuckDb ? LakeTypes.DuckDbDescribe(expected) : expected.ToString();

    /// <summary>The lake type of an observed spelling, or null with the reason in <paramref name="error"/>.</summary>
    public static SqlType? ToLakeType(string observed, TypeSpelling spelling, out string? error)
    {
        if (spelling == TypeSpelling.DuckDb)
        {
            return DuckDbTypeReader.Read(observed, out error);
        }

        return SqlTypeParser.TryParse(observed, out var type, out error) ? type : null;
    }
}
