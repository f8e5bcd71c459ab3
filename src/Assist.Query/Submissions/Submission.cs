using System.Linq.Expressions;
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
    /// <returns>The output, for <see cref="Plot{T}"/>.</returns>
    public static SubmissionOutput<T> Output<T>(string name, Query<T> query, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        SubmissionCapture.Current(nameof(Output), line, file).Add(name, query, rowLevel: false, reason: null, new SubmissionLocation(file, line));
        return new SubmissionOutput<T>(name);
    }

    /// <summary>Declares an output with one row per person or per event, and why the analysis needs it.</summary>
    /// <param name="name">The output's name: <c>[a-z][a-z0-9_]*</c>, unique in the submission.</param>
    /// <param name="query">The query.</param>
    /// <param name="reason">Why row-level data is needed (shown to the reviewer); must not be empty.</param>
    /// <param name="line">Filled in by the compiler: errors point at this call.</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <returns>The output, for <see cref="Plot{T}"/>.</returns>
    public static SubmissionOutput<T> RowLevelOutput<T>(string name, Query<T> query, string reason, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        SubmissionCapture.Current(nameof(RowLevelOutput), line, file).Add(name, query, rowLevel: true, reason, new SubmissionLocation(file, line));
        return new SubmissionOutput<T>(name);
    }

    /// <summary>
    /// Declares a plot of an output: <c>assist run --plots</c> draws it as <c>&lt;name&gt;.png</c> from the output's
    /// file (the values that leave the enclave), never from the lake. Columns are chosen with lambdas over the output's
    /// row type (<c>r =&gt; r.PercentCorrect</c>), so a misspelt column does not compile; each must name a property.
    /// </summary>
    /// <example><code>
    /// var curve = Submission.Output("curve", perOpportunity);
    /// Submission.Plot("curve_plot", PlotKind.Line, curve, x: r => r.Opportunity, y: r => r.PercentCorrect, group: r => r.SkillId,
    ///     title: "Percent correct by opportunity");
    /// </code></example>
    /// <param name="name">The plot's name: <c>[a-z][a-z0-9_]*</c>, unique among the plots; the file is <c>&lt;name&gt;.png</c>.</param>
    /// <param name="kind">Line, scatter with spread, or histogram.</param>
    /// <param name="output">The output to draw from, as <see cref="Output{T}"/> returned it.</param>
    /// <param name="x">The x column (numbers); for a histogram, the values counted.</param>
    /// <param name="y">The y column (numbers); required for lines and scatters, not given for a histogram.</param>
    /// <param name="group">A column whose values split the rows into series (one line or marker colour each), or null.</param>
    /// <param name="spread">For a scatter with spread, the column of ± error bar half-widths (e.g. a standard deviation).</param>
    /// <param name="title">The title above the plot; the plot's name when null.</param>
    /// <param name="line">Filled in by the compiler: errors point at this call.</param>
    /// <param name="file">Filled in by the compiler.</param>
    public static void Plot<T>(
        string name,
        PlotKind kind,
        SubmissionOutput<T> output,
        Expression<Func<T, object?>> x,
        Expression<Func<T, object?>>? y = null,
        Expression<Func<T, object?>>? group = null,
        Expression<Func<T, object?>>? spread = null,
        string? title = null,
        [CallerLineNumber] int line = 0,
        [CallerFilePath] string file = "") =>
        SubmissionCapture.Current(nameof(Plot), line, file).AddPlot(
            new PlotRequest(name, kind, output?.Name, PlotColumn.Of(x), PlotColumn.Of(y), PlotColumn.Of(group), PlotColumn.Of(spread), title),
            new SubmissionLocation(file, line));
}
