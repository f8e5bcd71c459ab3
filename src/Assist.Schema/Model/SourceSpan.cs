namespace Assist.Schema.Model;

/// <summary>A place in a schema file: 1-based line and column, as editors and compilers show them.</summary>
/// <param name="File">The file's path as it was given to the loader.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span for things that have no place in a file (synthetic schemas built in code).</summary>
    public static SourceSpan None { get; } = new SourceSpan("", 0, 0);

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column})";
}
