namespace Assist.Schema;

/// <summary>One schema file's text and the path diagnostics should name.</summary>
/// <param name="Path">The path as it should appear in diagnostics (usually the path it was read from).</param>
/// <param name="Text">The file's whole text.</param>
public sealed record SchemaFile(string Path, string Text);
