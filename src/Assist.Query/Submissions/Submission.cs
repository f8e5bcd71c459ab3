using System.Runtime.CompilerServices;
using Assist.Query;

namespace Assist.Submissions;

/// <summary>
/// Declares what an enclave submission produces. A submission is one <c>.cs</c> file of top-level statements that
/// builds queries over the lake and hands each result to <see cref="Output{T}"/> or <see cref="RowLevelOutput{T}"/>;
/// <c>assist sql</c> turns them into SQL and a review report without touching data, <c>assist run</c> runs them on a
/// local lake. Queries are never run by the submission itself.
/// </summary>
/// <example><code>
/// Submission.Describe("Help needed per student", "Replicates the online measures of Feng et al. (2006).");
/// Submission.Output("per_student", perStudent);
/// Submission.RowLevelOutput("attempts", attempts, reason: "knowledge tracing needs one row per attempt");
/// </code></example>
public static class Submission
{
    /// <summary>Gives the submission a title and a purpose for the review report.</summary>
    /// <param name="title">One line.</param>
    /// <param name="purpose">What the analysis is for, in a few sentences.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <param name="file">Filled in by the compiler.</param>
    public static void Describe(string title, string purpose, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        SubmissionCapture.Current(nameof(Describe), line, file).Describe(title, purpose, new SubmissionLocation(file, line));

    /// <summary>
    /// Declares an output: the query's result leaves the enclave as <c>&lt;name&gt;.csv</c> once a reviewer approves it.
    /// An output whose rows each describe one person is flagged for the reviewer unless declared with
    /// <see cref="RowLevelOutput{T}"/> and a reason.
    /// </summary>
    /// <param name="name">The output's name: <c>[a-z][a-z0-9_]*</c>, unique in the submission.</param>
    /// <param name="query">The query.</param>
    /// <param name="line">Filled in by the compiler: errors point at this call.</param>
    /// <param name="file">Filled in by the compiler.</param>
    public static void Output<T>(string name, Query<T> query, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        SubmissionCapture.Current(nameof(Output), line, file).Add(name, query, rowLevel: false, reason: null, new SubmissionLocation(file, line));

    /// <summary>Declares an output with one row per person or per event, and why the analysis needs it.</summary>
    /// <param name="name">The output's name: <c>[a-z][a-z0-9_]*</c>, unique in the submission.</param>
    /// <param name="query">The query.</param>
    /// <param name="reason">Why row-level data is needed (shown to the reviewer); must not be empty.</param>
    /// <param name="line">Filled in by the compiler: errors point at this call.</param>
    /// <param name="file">Filled in by the compiler.</param>
    public static void RowLevelOutput<T>(string name, Query<T> query, string reason, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "") =>
        SubmissionCapture.Current(nameof(RowLevelOutput), line, file).Add(name, query, rowLevel: true, reason, new SubmissionLocation(file, line));
}
