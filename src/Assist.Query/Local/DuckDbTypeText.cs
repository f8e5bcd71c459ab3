namespace Assist.Query.Local;

/// <summary>
/// The DuckDB type (as <c>DESCRIBE</c> spells it) that stores a column of an Athena DML type
/// (docs/schema-format.md): <c>timestamp(6)</c> is <c>TIMESTAMP</c>, <c>array(bigint)</c> is <c>BIGINT[]</c>.
/// </summary>
public static class DuckDbTypeText
{
    /// <summary>
    /// The DuckDB spelling of an Athena type; null for types whose spelling is not compared (<c>row(...)</c>, whose
    /// field order DuckDB may keep differently).
    /// </summary>
    public static string? FromAthena(string athenaType)
    {
        ArgumentNullException.ThrowIfNull(athenaType);
        var position = 0;
        var text = athenaType.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        try
        {
            var result = Parse(text, ref position);
            return position == text.Length ? result : athenaType.ToUpperInvariant();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Parse(string text, ref int position)
    {
        var name = ReadWord(text, ref position);
        switch (name)
        {
            case "boolean": return "BOOLEAN";
            case "integer": case "int": return "INTEGER";
            case "bigint": return "BIGINT";
            case "real": case "float": return "FLOAT";
            case "double": return "DOUBLE";
            case "varchar": case "string": return "VARCHAR";
            case "varbinary": return "BLOB";
            case "date": return "DATE";
            case "decimal":
                var arguments = ReadArguments(text, ref position);
                return $"DECIMAL({arguments})";
            case "timestamp":
                SkipArguments(text, ref position);
                if (text.AsSpan(position).StartsWith("withtimezone", StringComparison.Ordinal))
                {
                    position += "withtimezone".Length;
                    return "TIMESTAMP WITH TIME ZONE";
                }

                return "TIMESTAMP";
            case "array":
                position++;
                var element = Parse(text, ref position);
                position++;
                return element + "[]";
            case "map":
                position++;
                var key = Parse(text, ref position);
                position++;
                var value = Parse(text, ref position);
                position++;
                return $"MAP({key}, {value})";
            case "row":
                throw new FormatException("row types are not compared");
            default:
                return name.ToUpperInvariant();
        }
    }

    private static string ReadWord(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && char.IsLetter(text[position]))
        {
            position++;
        }

        return text[start..position];
    }

    private static string ReadArguments(string text, ref int position)
    {
        if (position >= text.Length || text[position] != '(')
        {
            return "";
        }

        var close = text.IndexOf(')', position);
        var inner = text[(position + 1)..close];
        position = close + 1;
        return inner;
    }

    private static void SkipArguments(string text, ref int position) => ReadArguments(text, ref position);
}
