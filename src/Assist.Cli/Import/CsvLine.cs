namespace Assist.Cli.Import;

/// <summary>Where the fields of one CSV line start (comma-separated, double quotes around fields that hold commas).</summary>
internal static class CsvLine
{
    /// <summary>The 1-based character column where each field starts.</summary>
    public static IReadOnlyList<int> FieldStarts(string line)
    {
        var starts = new List<int> { 1 };
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                starts.Add(i + 2);
            }
        }

        return starts;
    }

    /// <summary>The fields of a header line, with the column each starts at; surrounding quotes removed.</summary>
    public static IReadOnlyList<(string Name, int Column)> Fields(string line)
    {
        var starts = FieldStarts(line);
        var fields = new List<(string, int)>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i] - 1;
            var to = i + 1 < starts.Count ? starts[i + 1] - 2 : line.Length;
            var text = line[from..to];
            if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
            {
                text = text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
            }

            fields.Add((text, starts[i]));
        }

        return fields;
    }

    /// <summary>The column where field <paramref name="fieldIndex"/> (1-based) starts, or just past the end when the line is shorter.</summary>
    public static long ColumnOf(string line, long fieldIndex)
    {
        var starts = FieldStarts(line);
        return fieldIndex >= 1 && fieldIndex <= starts.Count ? starts[(int)fieldIndex - 1] : line.Length + 1;
    }
}
