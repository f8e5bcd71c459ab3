using System.Collections.Generic;
using System.Linq;

namespace Assist.Schema.Drift.Import;

/// <summary>
/// Edits to one file's lines, collected against the original line numbers and applied bottom-up, so the lines no edit
/// touches stay byte for byte what they were (the reviewer's diff shows only the import's changes).
/// </summary>
internal sealed class TextEdits
{
    private readonly Dictionary<int, List<(int Column, int Length, string Text)>> _replace = new Dictionary<int, List<(int, int, string)>>();
    private readonly Dictionary<int, List<string>> _after = new Dictionary<int, List<string>>();
    private readonly Dictionary<int, List<string>> _before = new Dictionary<int, List<string>>();

    public TextEdits(string path, string text)
    {
        Path = path;
        Lines = text.Split('\n').ToList();
    }

    public string Path { get; }

    /// <summary>The original lines (0-based; a final newline gives a last empty line).</summary>
    public List<string> Lines { get; }

    public bool HasEdits => _replace.Count + _after.Count + _before.Count > 0;

    /// <summary>Replaces <paramref name="length"/> characters at (line, column), both 0-based.</summary>
    public void Replace(int line, int column, int length, string text) => Get(_replace, line).Add((column, length, text));

    /// <summary>Inserts lines after <paramref name="line"/> (0-based), below any inserted there before.</summary>
    public void InsertAfter(int line, IEnumerable<string> newLines) => Get(_after, line).AddRange(newLines);

    /// <summary>Inserts lines before <paramref name="line"/> (0-based).</summary>
    public void InsertBefore(int line, IEnumerable<string> newLines) => Get(_before, line).AddRange(newLines);

    /// <summary>Whether a line right above <paramref name="line"/> already says <paramref name="text"/> (so a repeated import adds no second note).</summary>
    public bool Precedes(int line, string text) => line > 0 && Lines[line - 1].Trim() == text.Trim();

    /// <summary>The edited text.</summary>
    public string Apply()
    {
        var lines = new List<string>(Lines);
        var touched = _replace.Keys.Concat(_after.Keys).Concat(_before.Keys).Distinct().OrderByDescending(l => l);
        foreach (var line in touched)
        {
            if (_replace.TryGetValue(line, out var replacements))
            {
                foreach (var (column, length, text) in replacements.OrderByDescending(r => r.Column))
                {
                    lines[line] = lines[line].Substring(0, column) + text + lines[line].Substring(column + length);
                }
            }

            if (_after.TryGetValue(line, out var after))
            {
                lines.InsertRange(line + 1, after);
            }

            if (_before.TryGetValue(line, out var before))
            {
                lines.InsertRange(line, before);
            }
        }

        return string.Join("\n", lines);
    }

    private static List<T> Get<T>(Dictionary<int, List<T>> map, int line)
    {
        if (!map.TryGetValue(line, out var list))
        {
            list = new List<T>();
            map[line] = list;
        }

        return list;
    }
}
