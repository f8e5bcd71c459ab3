using System.Text;

namespace Assist.TestKit;

/// <summary>
/// Maps a column's Athena type (<c>timestamp(6)</c>, <c>array(bigint)</c>, ...) to the DuckDB type with the same
/// values, per the table in docs/schema-format.md.
/// </summary>
public static class DuckDbTypeMapper
{
    /// <summary>The DuckDB type for <paramref name="athenaType"/>; throws for a type the schema format does not allow.</summary>
    public static string ToDuckDb(string athenaType)
    {
        ArgumentNullException.ThrowIfNull(athenaType);
        var type = athenaType.Trim().ToLowerInvariant();
        var open = type.IndexOf('(', StringComparison.Ordinal);
        var head = open < 0 ? type : type[..open].Trim();
        var arguments = open < 0 ? [] : SplitArguments(athenaType, type, open);
        var withTimeZone = type.EndsWith("with time zone", StringComparison.Ordinal);

        return head switch
        {
            "boolean" => "BOOLEAN",
            "integer" or "int" => "INTEGER",
            "bigint" => "BIGINT",
            "real" => "FLOAT",
            "double" => "DOUBLE",
            "varchar" => "VARCHAR",
            "varbinary" => "BLOB",
            "date" => "DATE",
            // DuckDB's TIMESTAMP is microseconds, which holds every precision 0..6 the schema allows.
            "timestamp" => withTimeZone ? "TIMESTAMPTZ" : "TIMESTAMP",
            "decimal" when arguments.Count == 2 => $"DECIMAL({arguments[0].Trim()}, {arguments[1].Trim()})",
            "array" when arguments.Count == 1 => ToDuckDb(arguments[0]) + "[]",
            "map" when arguments.Count == 2 => $"MAP({ToDuckDb(arguments[0])}, {ToDuckDb(arguments[1])})",
            "row" when arguments.Count > 0 => "STRUCT(" + string.Join(", ", arguments.Select(RowField)) + ")",
            _ => throw new NotSupportedException($"The Athena type '{athenaType}' has no DuckDB mapping in the test database."),
        };
    }

    private static string RowField(string field)
    {
        var trimmed = field.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            throw new NotSupportedException($"The row field '{field}' has no name.");
        }

        return "\"" + trimmed[..space].Replace("\"", "\"\"", StringComparison.Ordinal) + "\" " + ToDuckDb(trimmed[(space + 1)..]);
    }

    /// <summary>The comma-separated arguments inside the outermost parentheses, respecting nesting.</summary>
    private static List<string> SplitArguments(string original, string type, int open)
    {
        var close = type.LastIndexOf(')');
        if (close < open)
        {
            throw new NotSupportedException($"The Athena type '{original}' has unbalanced parentheses.");
        }

        var arguments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in type[(open + 1)..close])
        {
            if (c == ',' && depth == 0)
            {
                arguments.Add(current.ToString());
                current.Clear();
                continue;
            }

            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            current.Append(c);
        }

        arguments.Add(current.ToString());
        return arguments;
    }
}
