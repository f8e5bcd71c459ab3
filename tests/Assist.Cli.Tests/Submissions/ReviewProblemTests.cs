using System.Text.Json;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>What review.json puts in front of the reviewer: personal data read, personal data returned, person-level rows.</summary>
public sealed class ReviewProblemTests
{
    [Fact]
    public async Task A_pii_column_in_the_select_list_is_a_problem_and_its_read_is_reported()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, """
            var names = from al in Lake.CasCore.StudentData.AssignmentLogs
                        group al by al.User().LastName into g
                        select new { LastName = g.Key, Logs = g.Count() };
            Submission.Output("by_name", names);

            """);

        Assert.True(run.ExitCode == 0, run.Error);
        var problems = Problems(folder);
        Assert.Contains(("pii-in-select", "result column LastName of 'by_name' is made from personal data: cas_core.users.users.last_name."), problems);
        Assert.Contains(("pii-read", "'by_name' reads the personal-data column cas_core.users.users.last_name."), problems);
        Assert.Equal(["cas_core.users.users.last_name"], Output(folder).GetProperty("piiColumns").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_pii_column_read_only_in_a_filter_is_reported_but_not_a_select_problem()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, """
            var count = Lake.CasCore.Users.Users.Where(u => u.Email!.EndsWith("@school.example")).GroupBy(u => u.BirthYear).Select(g => new { Year = g.Key, Users = g.Count() });
            Submission.Output("by_year", count);

            """);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            [("pii-in-select", "result column Year of 'by_year' is made from personal data: cas_core.users.users.birth_year."),
             ("pii-read", "'by_year' reads the personal-data column cas_core.users.users.birth_year."),
             ("pii-read", "'by_year' reads the personal-data column cas_core.users.users.email.")],
            Problems(folder));
    }

    [Fact]
    public async Task An_aggregate_over_no_personal_data_has_nothing_to_look_at()
    {
        using var folder = new TempFolder();

        var run = await SubmissionFiles.SqlAsync(folder, """
            var perProblem = Lake.CasCore.StudentData.ProblemLogs.GroupBy(p => p.ProblemId).Select(g => new { Problem = g.Key, Hints = g.Sum(p => p.HintCount) });
            Submission.Output("per_problem", perProblem);

            """);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(Problems(folder));
        Assert.False(Output(folder).GetProperty("personLevel").GetBoolean());
        Assert.Contains("Nothing: no output is row-level or person-level", await File.ReadAllTextAsync(folder.Combine("out", "review.md")), StringComparison.Ordinal);
    }

    private static List<(string? Kind, string? Message)> Problems(TempFolder folder)
    {
        foreach (var sql in Directory.GetFiles(folder.Combine("out"), "*.sql"))
        {
            TrinoGrammar.AssertValid(File.ReadAllText(sql));
        }

        using var json = JsonDocument.Parse(File.ReadAllText(folder.Combine("out", "review.json")));
        return json.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("message").GetString())).ToList();
    }

    private static JsonElement Output(TempFolder folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(folder.Combine("out", "review.json")));
        return json.RootElement.GetProperty("outputs")[0].Clone();
    }
}
