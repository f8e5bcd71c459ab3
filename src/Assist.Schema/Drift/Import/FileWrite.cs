namespace Assist.Schema.Drift.Import;

/// <summary>A schema file an import writes: its whole new text.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Text">Its new text.</param>
/// <param name="IsNew">True when the file did not exist.</param>
public sealed record FileWrite(string Path, string Text, bool IsNew);
