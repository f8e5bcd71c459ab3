using System.Globalization;

namespace Assist.Cli.Synth;

/// <summary>
/// Small SQL builders for the generator. Randomness is <c>hash(key..., salt, seed)</c> mapped to [0,1): the same
/// seed and key give the same value on every run and thread, so no row depends on evaluation order.
/// </summary>
internal static class SynthSql
{
    /// <summary>A uniform value in [0,1) for the row identified by <paramref name="keys"/> (SQL expressions).</summary>
    public static string Uniform(long seed, string salt, params string[] keys) =>
        $"((hash({string.Join(", ", keys)}, {Text(salt)}, {Int(seed)}) >> 11) / 9007199254740992.0)";

    /// <summary>An integer in [0, <paramref name="count"/>) (count is a SQL expression).</summary>
    public static string Below(long seed, string salt, string count, params string[] keys) =>
        $"CAST(floor({Uniform(seed, salt, keys)} * ({count})) AS BIGINT)";

    /// <summary>An approximately standard-normal value (sum of four uniforms, rescaled).</summary>
    public static string Normal(long seed, string salt, params string[] keys) =>
        $"(({Uniform(seed, salt + "1", keys)} + {Uniform(seed, salt + "2", keys)} + {Uniform(seed, salt + "3", keys)} + {Uniform(seed, salt + "4", keys)} - 2.0) * 1.7320508)";

    /// <summary>A string literal.</summary>
    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>An integer literal.</summary>
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A double literal.</summary>
    public static string Real(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A quoted identifier.</summary>
    public static string Id(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A quoted three-part name.</summary>
    public static string Table(string catalog, string schema, string table) => $"{Id(catalog)}.{Id(schema)}.{Id(table)}";

    /// <summary>A logistic function of a SQL expression.</summary>
    public static string Sigmoid(string x) => $"(1.0 / (1.0 + exp(-({x}))))";
}
