namespace Assist.Cli.Submissions.Compiling;

/// <summary>A submission that compiled and passed the allowlist: its assembly and debug symbols (for line numbers).</summary>
/// <param name="Assembly">The PE image.</param>
/// <param name="Symbols">The portable PDB.</param>
internal sealed record CompiledSubmission(byte[] Assembly, byte[] Symbols);
