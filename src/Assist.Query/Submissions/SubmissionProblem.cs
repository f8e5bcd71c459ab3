namespace Assist.Submissions;

/// <summary>A mistake in how a submission declares its outputs (a bad or repeated name, a missing reason).</summary>
/// <param name="Code">The diagnostic code (<c>AS23xx</c>, docs/diagnostics.md).</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Location">The declaring call.</param>
public sealed record SubmissionProblem(string Code, string Message, SubmissionLocation Location);
