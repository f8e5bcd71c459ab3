using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Assist.Schema.Loading.Yaml;
using Assist.Schema.Model;

namespace Assist.Schema.Loading;

/// <summary>
/// Reads the keys of one YAML mapping: reports unknown keys (with a suggestion), missing required keys and values of
/// the wrong shape, and remembers where each value is written for later diagnostics.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly string _what;
    private readonly FileContext _file;
    private readonly Dictionary<string, SourceSpan> _spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _keySpans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);

    /// <param name="mapping">The mapping to read.</param>
    /// <param name="what">What it is, for messages ("column 'id' of table 'users'").</param>
    /// <param name="allowedKeys">Its keys; any other key is reported as unknown.</param>
    /// <param name="file">The file's context.</param>
    /// <param name="reportedElsewhere">Keys already reported by the caller, not to be reported again.</param>
    public MappingReader(YamlMapping mapping, string what, IReadOnlyCollection<string> allowedKeys, FileContext file, IReadOnlyCollection<string>? reportedElsewhere = null)
    {
        _mapping = mapping;
        _what = what;
        _file = file;
        foreach (var entry in mapping.Entries)
        {
            if (allowedKeys.Contains(entry.Key.Value))
            {
                _spans[entry.Key.Value] = entry.Value.Span;
                _keySpans[entry.Key.Value] = entry.Key.Span;
            }
            else if (reportedElsewhere is null || !reportedElsewhere.Contains(entry.Key.Value))
            {
                file.Error(DiagnosticCodes.UnknownKey, "unknown key '" + entry.Key.Value + "' in " + what + ";" + UnknownKeyHint(entry.Key.Value, allowedKeys), entry.Key.Span);
            }
        }
    }

    /// <summary>Where the mapping starts (its first key).</summary>
    public SourceSpan Span => _mapping.Span;

    /// <summary>Where each known key's value (and list item, as <c>key[i]</c>) is written.</summary>
    public Dictionary<string, SourceSpan> Spans => _spans;

    /// <summary>Where a known key itself is written.</summary>
    public SourceSpan KeySpan(string key) => _keySpans.TryGetValue(key, out var span) ? span : _mapping.Span;

    public YamlNode? Node(string key) => _mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public string? String(string key, bool required)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && !scalar.IsNull)
        {
            return scalar.Value;
        }

        WrongKind(key, node, "a value");
        return null;
    }

    public bool? Boolean(string key, bool required)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        var scalar = (YamlScalar)Node(key)!;
        if (scalar.IsPlain && (text == "true" || text == "false"))
        {
            return text == "true";
        }

        _file.Error(DiagnosticCodes.InvalidValue, "'" + key + "' in " + _what + " must be true or false, not '" + text + "'", scalar.Span);
        return null;
    }

    public long? Integer(string key)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        _file.Error(DiagnosticCodes.InvalidValue, "'" + key + "' in " + _what + " must be a whole number >= 0, not '" + text + "'", _spans[key]);
        return null;
    }

    public double? Number(string key)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && !double.IsInfinity(value))
        {
            return value;
        }

        _file.Error(DiagnosticCodes.InvalidValue, "'" + key + "' in " + _what + " must be a number >= 0, not '" + text + "'", _spans[key]);
        return null;
    }

    public Provenance? Provenance(string key, bool required)
    {
        var text = String(key, required);
        switch (text)
        {
            case null: return null;
            case "documented": return Model.Provenance.Documented;
            case "published": return Model.Provenance.Published;
            case "inferred": return Model.Provenance.Inferred;
            case "imported": return Model.Provenance.Imported;
        }

        var names = new[] { "documented", "published", "inferred", "imported" };
        _file.Error(DiagnosticCodes.InvalidValue, "'" + key + "' in " + _what + " must be documented, published, inferred or imported, not '" + text + "';" + Suggestions.DidYouMean(text, names), _spans[key]);
        return null;
    }

    /// <summary>A list of plain values; each item's span is kept as <c>key[i]</c>.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Present(key, required: false);
        if (node is null)
        {
            return Array.Empty<string>();
        }

        if (node is not YamlSequence sequence)
        {
            WrongKind(key, node, "a list such as [a, b]");
            return Array.Empty<string>();
        }

        var values = new List<string>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is YamlScalar item && !item.IsNull)
            {
                _spans[key + "[" + values.Count + "]"] = item.Span;
                values.Add(item.Value);
            }
            else
            {
                _file.Error(DiagnosticCodes.WrongNodeKind, "each item of '" + key + "' in " + _what + " must be a value, not " + sequence.Items[i].Describe(), sequence.Items[i].Span);
            }
        }

        return values;
    }

    public YamlMapping? Mapping(string key, bool required)
    {
        var node = Present(key, required);
        if (node is null || node is YamlMapping)
        {
            return (YamlMapping?)node;
        }

        WrongKind(key, node, "a mapping of keys to values");
        return null;
    }

    public YamlSequence? Sequence(string key, bool required)
    {
        var node = Present(key, required);
        if (node is null || node is YamlSequence)
        {
            return (YamlSequence?)node;
        }

        WrongKind(key, node, "a list");
        return null;
    }

    /// <summary>The key's node, or null (reporting a missing required key at the mapping's start).</summary>
    private YamlNode? Present(string key, bool required)
    {
        var node = _spans.ContainsKey(key) ? Node(key) : null;
        if (node is null && required)
        {
            _file.Error(DiagnosticCodes.MissingKey, _what + " has no '" + key + "'; it is required", _mapping.Span);
        }

        if (node is YamlScalar scalar && scalar.IsNull && required)
        {
            _file.Error(DiagnosticCodes.WrongNodeKind, "'" + key + "' in " + _what + " has no value; it is required", scalar.Span);
            return null;
        }

        return node is YamlScalar empty && empty.IsNull ? null : node;
    }

    private void WrongKind(string key, YamlNode node, string expected) =>
        _file.Error(DiagnosticCodes.WrongNodeKind, "'" + key + "' in " + _what + " must be " + expected + ", not " + node.Describe(), node.Span);

    private static string UnknownKeyHint(string key, IReadOnlyCollection<string> allowedKeys)
    {
        var suggestion = Suggestions.DidYouMean(key, allowedKeys);
        return suggestion.Length > 0 ? suggestion : " the keys here are " + string.Join(", ", allowedKeys) + ".";
    }
}
