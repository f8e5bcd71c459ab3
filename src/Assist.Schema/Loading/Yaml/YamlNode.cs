using System.Collections.Generic;
using Assist.Schema.Model;

namespace Assist.Schema.Loading.Yaml;

/// <summary>
/// A node of a parsed YAML document with its position. Our own tree (instead of YamlDotNet's RepresentationModel)
/// so that duplicate keys, merge keys and alias sizes are checked while it is built, without exceptions.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(SourceSpan span)
    {
        Span = span;
    }

    /// <summary>Where the node starts.</summary>
    public SourceSpan Span { get; }

    /// <summary>How many nodes this node stands for once aliases are expanded (saturates at long.MaxValue).</summary>
    public long ExpandedSize { get; set; } = 1;

    /// <summary>"a mapping", "a list", "a value" ... for messages.</summary>
    public abstract string Describe();
}

/// <summary>A scalar: its text and whether it was written plain (unquoted), which decides null and booleans.</summary>
internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(SourceSpan span, string value, bool isPlain)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Describe() => IsNull ? "no value" : "the value '" + Value + "'";
}

/// <summary>A list.</summary>
internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(SourceSpan span)
        : base(span)
    {
    }

    public List<YamlNode> Items { get; } = new List<YamlNode>();

    public override string Describe() => "a list";
}

/// <summary>A mapping with plain scalar keys, duplicates and merge keys already removed (and reported).</summary>
internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(SourceSpan span)
        : base(span)
    {
    }

    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new List<KeyValuePair<YamlScalar, YamlNode>>();

    public override string Describe() => "a mapping";
}
