namespace Assist.Submissions;

/// <summary>Where in the submission file something was declared.</summary>
/// <param name="File">The path the compiler recorded (the submission's own file name).</param>
/// <param name="Line">1-based line.</param>
public sealed record SubmissionLocation(string File, int Line);
