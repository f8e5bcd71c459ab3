using Assist.Query;
using Assist.Submissions;
using DuckDB.NET.Data;
using Xunit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>While a submission is captured, queries are built and translated but never run.</summary>
public sealed class CaptureModeTests
{
    [Fact]
    public async Task A_terminal_operator_fails_in_capture_mode_and_says_so()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        var query = global::Assist.Lake.Lake.CasCore.Users.Users.Select(u => u.Id);
        using var capture = SubmissionCapture.Begin();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DuckDbQueryExtensions.ToListAsync(query, connection));

        Assert.Contains("not allowed in capture mode", error.Message, StringComparison.Ordinal);
        Assert.Contains("Submission.Output", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declarations_are_collected_and_checked()
    {
        var query = global::Assist.Lake.Lake.CasCore.Users.Users.Select(u => u.Id);
        using var capture = SubmissionCapture.Begin();

        Submission.Output("ids", query);
        Submission.Output("ids", query);
        Submission.Output("Bad-Name", query);
        Submission.RowLevelOutput("rows", query, reason: " ");
        capture.Complete();

        Assert.Equal(["ids"], capture.Outputs.Select(o => o.Name));
        Assert.Equal(["AS2302", "AS2301", "AS2303"], capture.Problems.Select(p => p.Code));
        Assert.Equal(capture.Outputs[0].Location.Line + 1, capture.Problems[0].Location.Line);
    }

    [Fact]
    public void Declaring_outside_a_capture_is_an_error_that_names_the_verb()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Submission.Output("ids", global::Assist.Lake.Lake.CasCore.Users.Users));

        Assert.Contains("assist sql", error.Message, StringComparison.Ordinal);
    }
}
