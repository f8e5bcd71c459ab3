namespace Assist.Cli.Submissions.Capture;

/// <summary>What the parent asks the capture process to do.</summary>
/// <param name="AssemblyPath">The compiled submission.</param>
/// <param name="SymbolsPath">Its portable PDB (line numbers of exceptions).</param>
/// <param name="Dialect">athena, trino or duckdb: the SQL the review shows.</param>
/// <param name="ResultPath">Where to write the <see cref="CaptureResult"/> JSON.</param>
/// <param name="Lake">For <c>assist run</c>: the local lake to run the outputs on; null for <c>assist sql</c>.</param>
/// <param name="DataFolder">For <c>assist run</c>: where to write <c>&lt;name&gt;.csv</c> / <c>.parquet</c>.</param>
/// <param name="Format">csv or parquet.</param>
internal sealed record CaptureRequest(string AssemblyPath, string SymbolsPath, string Dialect, string ResultPath, string? Lake, string? DataFolder, string Format);
