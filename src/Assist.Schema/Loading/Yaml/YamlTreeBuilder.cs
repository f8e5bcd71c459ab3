using System;
using System.Collections.Generic;
using System.IO;
using Assist.Schema.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Assist.Schema.Loading.Yaml;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's parser events. Never throws: syntax errors, several
/// documents, duplicate and merge keys, unknown anchors and alias bombs become diagnostics.
/// </summary>
internal sealed class YamlTreeBuilder
{
    /// <summary>The most nodes a file may stand for once aliases are expanded (a billion-laughs file stands for 10^9).</summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>The deepest nesting read. A schema needs 6 levels; YamlDotNet's scanner slows quadratically with depth.</summary>
    public const int MaxDepth = 64;

    private readonly string _path;
    private readonly string _text;
    private readonly List<SchemaDiagnostic> _diagnostics;
    private readonly Stack<Frame> _open = new Stack<Frame>();
    private readonly Dictionary<string, YamlNode> _anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
    private YamlNode? _root;
    private long _expandedTotal;
    private int _documents;

    private YamlTreeBuilder(string path, string text, List<SchemaDiagnostic> diagnostics)
    {
        _path = path;
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>The document's root, or null when the file is empty or could not be read (diagnostics say why).</summary>
    public static YamlNode? Build(string path, string text, List<SchemaDiagnostic> diagnostics) =>
        new YamlTreeBuilder(path, text, diagnostics).Run();

    private YamlNode? Run()
    {
        var parser = new Parser(new StringReader(_text));
        try
        {
            while (parser.MoveNext())
            {
                if (!Accept(parser.Current!))
                {
                    return null;
                }
            }
        }
        catch (YamlException e)
        {
            ReportSyntax(e);
            return null;
        }
#pragma warning disable CA1031 // The loader promises never to throw on any input; a parser bug must still become a diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Report(DiagnosticCodes.YamlSyntax, "the YAML could not be read: " + e.Message, new SourceSpan(_path, 1, 1));
            return null;
        }

        return _root;
    }

    /// <summary>Handles one event; false stops reading the file.</summary>
    private bool Accept(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart start:
                _documents++;
                if (_documents > 1)
                {
                    Report(DiagnosticCodes.MultipleDocuments, "a schema file holds one YAML document; split the documents after this '---' into their own files", SpanOf(start.Start));
                    return false;
                }

                return true;
            case Scalar scalar:
                var node = new YamlScalar(SpanOf(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
                return Count(1, node.Span) && Register(scalar.Anchor, node) && Attach(node);
            case SequenceStart sequence:
                return Count(1, SpanOf(sequence.Start)) && Push(new YamlSequence(SpanOf(sequence.Start)), sequence.Anchor);
            case MappingStart mapping:
                return Count(1, SpanOf(mapping.Start)) && Push(new YamlMapping(SpanOf(mapping.Start)), mapping.Anchor);
            case SequenceEnd:
            case MappingEnd:
                var frame = _open.Pop();
                return Register(frame.Anchor, frame.Node) && Attach(frame.Node);
            case AnchorAlias alias:
                return Alias(alias);
            default:
                return true;
        }
    }

    private bool Alias(AnchorAlias alias)
    {
        var span = SpanOf(alias.Start);
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            Report(DiagnosticCodes.UnknownAnchor, "the alias '*" + alias.Value.Value + "' names no anchor defined before it (an anchor cannot be used inside itself)", span);
            return false;
        }

        return Count(target.ExpandedSize, span) && Attach(target);
    }

    private bool Count(long nodes, SourceSpan span)
    {
        _expandedTotal = SaturatingAdd(_expandedTotal, nodes);
        if (_expandedTotal <= MaxExpandedNodes)
        {
            return true;
        }

        Report(DiagnosticCodes.AliasExpansionTooLarge, "aliases expand this file to more than " + MaxExpandedNodes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " nodes; reading stopped here (an alias bomb?)", span);
        return false;
    }

    private bool Push(YamlNode node, AnchorName anchor)
    {
        if (_open.Count >= MaxDepth)
        {
            Report(DiagnosticCodes.NestingTooDeep, "lists and mappings nest more than " + MaxDepth + " levels deep here; reading stopped (a schema needs 6)", node.Span);
            return false;
        }

        _open.Push(new Frame(node, anchor));
        return true;
    }

    private bool Register(AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return true;
    }

    private bool Attach(YamlNode node)
    {
        if (_open.Count == 0)
        {
            _root = node;
            return true;
        }

        var parent = _open.Peek();
        parent.Node.ExpandedSize = SaturatingAdd(parent.Node.ExpandedSize, node.ExpandedSize);
        if (parent.Node is YamlSequence sequence)
        {
            sequence.Items.Add(node);
            return true;
        }

        var mapping = (YamlMapping)parent.Node;
        if (parent.State == KeyState.HaveKey)
        {
            mapping.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(parent.Key!, node));
            parent.Key = null;
            parent.State = KeyState.ExpectKey;
        }
        else if (parent.State == KeyState.SkipValue)
        {
            parent.State = KeyState.ExpectKey;
        }
        else
        {
            AcceptKey(parent, mapping, node);
        }

        return true;
    }

    private void AcceptKey(Frame parent, YamlMapping mapping, YamlNode node)
    {
        parent.State = KeyState.SkipValue;
        if (node is not YamlScalar key)
        {
            Report(DiagnosticCodes.ComplexKey, "a key must be a plain name, not " + node.Describe(), node.Span);
            return;
        }

        if (key.IsPlain && key.Value == "<<")
        {
            Report(DiagnosticCodes.MergeKey, "merge keys ('<<') are not allowed: write the keys out, or use an alias for the whole value", key.Span);
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            if (string.Equals(entry.Key.Value, key.Value, StringComparison.Ordinal))
            {
                Report(DiagnosticCodes.DuplicateKey, "the key '" + key.Value + "' appears twice in this mapping (first at line " + entry.Key.Span.Line + "); the first one is used", key.Span);
                return;
            }
        }

        parent.Key = key;
        parent.State = KeyState.HaveKey;
    }

    private void ReportSyntax(YamlException e)
    {
        var line = ClampToInt(e.Start.Line);
        var column = ClampToInt(e.Start.Column);
        // YamlDotNet may place a tab error at the enclosing mapping's start, so then search the whole file.
        var mentionsTab = e.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0;
        var tab = FindIndentingTab(mentionsTab ? int.MaxValue : line);
        if (tab is not null)
        {
            Report(DiagnosticCodes.TabIndentation, "a tab indents this line; YAML indents with spaces only", tab);
            return;
        }

        Report(DiagnosticCodes.YamlSyntax, "the YAML is malformed: " + StripPosition(e.Message), new SourceSpan(_path, Math.Max(line, 1), Math.Max(column, 1)));
    }

    // YamlDotNet's messages start with "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; the span already says where.
    private static string StripPosition(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
    }

    /// <summary>The first tab in the leading whitespace of a line up to <paramref name="lastLine"/>: YamlDotNet's error for it is cryptic.</summary>
    private SourceSpan? FindIndentingTab(int lastLine)
    {
        var lineNumber = 1;
        var lineStart = 0;
        var atLineStart = true;
        for (var i = 0; i < _text.Length && lineNumber <= lastLine; i++)
        {
            var c = _text[i];
            if (c == '\n')
            {
                lineNumber++;
                lineStart = i + 1;
                atLineStart = true;
            }
            else if (atLineStart && c == '\t')
            {
                return new SourceSpan(_path, lineNumber, i - lineStart + 1);
            }
            else if (c != ' ' && c != '\r')
            {
                atLineStart = false;
            }
        }

        return null;
    }

    private void Report(string code, string message, SourceSpan span) =>
        _diagnostics.Add(new SchemaDiagnostic(code, DiagnosticSeverity.Error, message, span));

    private SourceSpan SpanOf(Mark mark) => new SourceSpan(_path, ClampToInt(mark.Line), ClampToInt(mark.Column));

    private static int ClampToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private enum KeyState
    {
        ExpectKey,
        HaveKey,
        SkipValue,
    }

    /// <summary>An open list or mapping and, for a mapping, whether its next node is a key or a value.</summary>
    private sealed class Frame
    {
        public Frame(YamlNode node, AnchorName anchor)
        {
            Node = node;
            Anchor = anchor;
        }

        public YamlNode Node { get; }

        public AnchorName Anchor { get; }

        public YamlScalar? Key { get; set; }

        public KeyState State { get; set; }
    }
}
