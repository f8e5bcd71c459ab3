using System;
using Assist.Schema;

namespace Assist.SourceGen.Parsing;

/// <summary>One YAML file parsed alone into its <see cref="SchemaFragment"/>: the pipeline's per-file step.</summary>
/// <remarks>
/// Cacheability contract: equal when <see cref="Path"/> and <see cref="Text"/> are equal. The fragment is a pure
/// function of the text, so comparing the text is exact and cheap, while the fragment's model records (with lists)
/// would only compare by reference. Editing one file re-parses that file alone; combining and validating, which are
/// cross-file, run after on the cached fragments.
/// </remarks>
internal sealed class ParsedSchemaFile : IEquatable<ParsedSchemaFile>
{
    public ParsedSchemaFile(string path, string text)
    {
        Path = path;
        Text = text;
        Fragment = SchemaLoader.ParseFile(new SchemaFile(path, text));
    }

    /// <summary>The file's path as the compiler gave it.</summary>
    public string Path { get; }

    /// <summary>The file's text (diagnostics are located in it).</summary>
    public string Text { get; }

    /// <summary>What the file declares, and its own syntax and structure problems.</summary>
    public SchemaFragment Fragment { get; }

    /// <inheritdoc />
    public bool Equals(ParsedSchemaFile? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParsedSchemaFile);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ Text.Length;
}
