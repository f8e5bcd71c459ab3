namespace Assist.SourceGen.Parsing;

/// <summary>One YAML additional file as the pipeline's first step reads it.</summary>
/// <remarks>
/// Cacheability contract: two strings. An unrelated edit (C# or another additional file) leaves it equal, so the
/// schema step after <c>Collect</c> is skipped.
/// </remarks>
/// <param name="Path">The file's path as the compiler gave it (diagnostics are located there).</param>
/// <param name="Text">The file's text.</param>
internal sealed record SchemaFileInput(string Path, string Text);
