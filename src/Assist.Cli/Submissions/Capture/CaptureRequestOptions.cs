namespace Assist.Cli.Submissions.Capture;

/// <summary>What the verb asks of a capture, before the parent knows where the submission's files go.</summary>
/// <param name="Dialect">athena, trino or duckdb.</param>
/// <param name="Lake">For <c>assist run</c>: the local lake; else null.</param>
/// <param name="DataFolder">For <c>assist run</c>: where the child writes the outputs' data files; else null.</param>
/// <param name="Format">csv or parquet.</param>
internal sealed record CaptureRequestOptions(string Dialect, string? Lake, string? DataFolder, string Format);
