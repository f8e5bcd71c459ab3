using System.Collections.Generic;
using Assist.Schema;
using Assist.Schema.Model;

namespace Assist.SourceGen.Diagnostics;

/// <summary>
/// Turns 1-based line/column positions in the YAML files into <see cref="DiagnosticInfo"/> values with the offsets
/// Roslyn locations need (an editor then underlines the rest of the line from the reported column).
/// </summary>
internal sealed class DiagnosticLocator
{
    private readonly Dictionary<string, int[]> _lineStarts = new Dictionary<string, int[]>();
    private readonly Dictionary<string, string> _texts;

    /// <summary>Creates a locator over the files' texts, keyed by path.</summary>
    public DiagnosticLocator(Dictionary<string, string> textsByPath) => _texts = textsByPath;

    /// <summary>Converts a schema diagnostic.</summary>
    public DiagnosticInfo Locate(SchemaDiagnostic diagnostic) =>
        Locate(
            diagnostic.Code,
            diagnostic.Severity == DiagnosticSeverity.Error ? DiagnosticLevel.Error : DiagnosticLevel.Warning,
            diagnostic.Message,
            diagnostic.Span);

    /// <summary>Builds a located diagnostic; a span outside any known file gives an unlocated one.</summary>
    public DiagnosticInfo Locate(string id, DiagnosticLevel level, string message, SourceSpan span)
    {
        if (span.Line < 1 || !_texts.TryGetValue(span.File, out var text))
        {
            return new DiagnosticInfo(id, level, message, span.File, 0, 0, 0, 0, 0, 0);
        }

        var starts = LineStarts(span.File, text);
        var line = span.Line - 1 < starts.Length ? span.Line - 1 : starts.Length - 1;
        var lineStart = starts[line];
        var lineEnd = line + 1 < starts.Length ? starts[line + 1] : text.Length;
        while (lineEnd > lineStart && (text[lineEnd - 1] == '\n' || text[lineEnd - 1] == '\r'))
        {
            lineEnd--;
        }

        var column = span.Column < 1 ? 0 : span.Column - 1;
        var start = lineStart + column > lineEnd ? lineEnd : lineStart + column;
        return new DiagnosticInfo(id, level, message, span.File, start, lineEnd - start, line, start - lineStart, line, lineEnd - lineStart);
    }

    private int[] LineStarts(string path, string text)
    {
        if (_lineStarts.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        var result = starts.ToArray();
        _lineStarts[path] = result;
        return result;
    }
}
