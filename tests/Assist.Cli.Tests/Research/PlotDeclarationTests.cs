using Assist.Cli.Tests.Submissions;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>
/// Bad <c>Submission.Plot</c> declarations, each refused by <c>assist sql</c> with AS2307 at the call's line and nothing
/// written: a bad name, a repeated name, an output that was not declared, a computed column, a histogram given a y
/// column, a scatter without its spread, a line given a spread.
/// </summary>
public sealed class PlotDeclarationTests
{
    private const string Declared = """
        var q = Lake.CasCore.StudentData.ProblemLogs.GroupBy(p => p.ProblemId).Select(g => new { Problem = g.Key, Hints = g.Average(p => (double)p.HintCount), N = g.LongCount() });
        var o = Submission.Output("per_problem", q);

        """;

    [Theory]
    [InlineData("Submission.Plot(\"Hints Plot\", PlotKind.Histogram, o, x: r => r.Hints);", "plot name 'Hints Plot' is not valid")]
    [InlineData("Submission.Plot(\"h\", PlotKind.Histogram, o, x: r => r.Hints); Submission.Plot(\"h\", PlotKind.Histogram, o, x: r => r.N);", "plot name 'h' is declared twice")]
    [InlineData("Submission.Plot(\"h\", PlotKind.Histogram, Submission.Output(\"Bad-Name\", q), x: r => r.Hints);", "draws from output 'Bad-Name', which was not declared")]
    [InlineData("Submission.Plot(\"h\", PlotKind.Histogram, o, x: r => r.Hints * 100);", "must name one column of the output's rows")]
    [InlineData("Submission.Plot(\"h\", PlotKind.Histogram, o, x: r => r.Hints, y: r => r.N);", "is a histogram of its x column: it takes no y column")]
    [InlineData("Submission.Plot(\"h\", PlotKind.ScatterWithSpread, o, x: r => r.Problem, y: r => r.Hints);", "needs a spread column")]
    [InlineData("Submission.Plot(\"h\", PlotKind.Line, o, x: r => r.Problem, y: r => r.Hints, spread: r => r.N);", "takes no spread column")]
    public async Task A_bad_plot_declaration_is_refused_at_its_line(string plot, string message)
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, Declared + plot + "\n");

        Assert.Equal(1, run.ExitCode);
        var errors = SubmissionFiles.Errors(run);
        Assert.Contains(errors, e => e.StartsWith("sub.cs(6,", StringComparison.Ordinal) && e.Contains("error AS230", StringComparison.Ordinal) && e.Contains(message, StringComparison.Ordinal));
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task A_good_plot_declaration_is_listed_in_the_review()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, Declared + "Submission.Plot(\"hints\", PlotKind.Histogram, o, x: r => r.Hints, title: \"Hints per problem\");\n");

        Assert.True(run.ExitCode == 0, run.Error);
        var review = await File.ReadAllTextAsync(folder.Combine("out", "review.json"));
        Assert.Contains("\"file\": \"hints.png\"", review, StringComparison.Ordinal);
        Assert.Contains("| hints.png | Histogram | `per_problem` | Hints |", await File.ReadAllTextAsync(folder.Combine("out", "review.md")), StringComparison.Ordinal);
    }
}
