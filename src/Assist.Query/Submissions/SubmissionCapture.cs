using System.Text.RegularExpressions;
using Assist.Query;

namespace Assist.Submissions;

/// <summary>
/// Collects what a submission declares while the host (<c>assist sql</c>, <c>assist run</c>) runs it. While a
/// capture is open on the current flow, capture mode is on: queries may be built and translated, and any attempt to
/// execute one fails with an error that says so. Not for submissions: they use <see cref="Submission"/>.
/// </summary>
public sealed partial class SubmissionCapture : IDisposable
{
    private static readonly AsyncLocal<SubmissionCapture?> s_current = new();
    private readonly List<DeclaredOutput> _outputs = [];
    private readonly List<SubmissionProblem> _problems = [];
    private readonly List<DeclaredPlot> _plots = [];
    private readonly SubmissionCapture? _previous;
    private bool _closed;

    private SubmissionCapture(SubmissionCapture? previous) => _previous = previous;

    /// <summary>The title given with <see cref="Submission.Describe"/>, or null.</summary>
    public string? Title { get; private set; }

    /// <summary>The purpose given with <see cref="Submission.Describe"/>, or null.</summary>
    public string? Purpose { get; private set; }

    /// <summary>The outputs declared, in order.</summary>
    public IReadOnlyList<DeclaredOutput> Outputs => _outputs;

    /// <summary>The plots declared, in order.</summary>
    public IReadOnlyList<DeclaredPlot> Plots => _plots;

    /// <summary>Mistakes in the declarations (bad or repeated names, missing reasons), in order.</summary>
    public IReadOnlyList<SubmissionProblem> Problems => _problems;

    /// <summary>Opens a capture on the current flow and turns capture mode on.</summary>
    public static SubmissionCapture Begin()
    {
        var capture = new SubmissionCapture(s_current.Value);
        s_current.Value = capture;
        CaptureMode.IsActive = true;
        return capture;
    }

    /// <summary>Ends the capture: declarations stop being accepted and queries may run again (the outputs stay).</summary>
    public void Complete()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        s_current.Value = _previous;
        CaptureMode.IsActive = _previous is not null;
    }

    /// <inheritdoc/>
    public void Dispose() => Complete();

    internal static SubmissionCapture Current(string method, int line, string file) =>
        s_current.Value ?? throw new InvalidOperationException(
            $"Submission.{method} ({Path.GetFileName(file)} line {line}) declares an output of an enclave submission; it only works while `assist sql <file.cs> --out <dir>` or `assist run` runs the file.");

    internal void Describe(string title, string purpose, SubmissionLocation location)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            _problems.Add(new SubmissionProblem("AS2306", "Submission.Describe needs a title that is not empty.", location));
        }

        Title = title;
        Purpose = purpose;
    }

    internal void Add(string name, IQueryExpression? query, bool rowLevel, string? reason, SubmissionLocation location)
    {
        if (name is null || !NamePattern().IsMatch(name))
        {
            _problems.Add(new SubmissionProblem("AS2301",
                $"output name '{name}' is not valid: names are a lower-case letter then lower-case letters, digits or '_' ([a-z][a-z0-9_]*); it becomes the file name <name>.sql.", location));
            return;
        }

        if (_outputs.FirstOrDefault(o => o.Name == name) is { } first)
        {
            _problems.Add(new SubmissionProblem("AS2302",
                $"output name '{name}' is declared twice (first at line {first.Location.Line}); each output needs its own name.", location));
            return;
        }

        if (query is null)
        {
            _problems.Add(new SubmissionProblem("AS2305", $"output '{name}' is given a null query.", location));
            return;
        }

        if (rowLevel && string.IsNullOrWhiteSpace(reason))
        {
            _problems.Add(new SubmissionProblem("AS2303",
                $"row-level output '{name}' needs a reason: say why the analysis needs one row per person or event.", location));
            return;
        }

        _outputs.Add(new DeclaredOutput(name, query, rowLevel, reason, location));
    }

    internal void AddPlot(PlotRequest plot, SubmissionLocation location)
    {
        var problem = PlotChecks.Problem(plot, _plots, _outputs);
        if (problem is not null)
        {
            _problems.Add(new SubmissionProblem("AS2307", problem, location));
            return;
        }

        _plots.Add(new DeclaredPlot(plot.Name!, plot.Kind, plot.Output!, plot.X!.Name!, plot.Y?.Name, plot.Group?.Name, plot.Spread?.Name,
            string.IsNullOrWhiteSpace(plot.Title) ? plot.Name! : plot.Title, location));
    }

    /// <summary>Whether <paramref name="name"/> is a valid output or plot name.</summary>
    internal static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
