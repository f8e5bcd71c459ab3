using Assist.Cli.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>
/// examples/research/knowledge_tracing_input.cs on real data: the public assist2009 skill-builder responses
/// (../shared/public-data, read in place, never copied), imported with <c>assist import responses --school-year 2023</c>
/// so that its synthesized times fall in the example's date range. The opportunities must give back the published
/// figures (4,151 students, 110 skills, 325,637 responses, one per skill tag) and, per student and skill, exactly the
/// file's own count and number right, with the first opportunity's correctness the file's first row's.
/// </summary>
public sealed class KnowledgeTracingOnPublicDataTests : IClassFixture<KnowledgeTracingOnPublicDataTests.ImportedLake>
{
    private readonly ImportedLake _lake;

    public KnowledgeTracingOnPublicDataTests(ImportedLake lake) => _lake = lake;

    [Fact]
    public async Task Opportunities_give_the_published_counts_and_the_files_own_sequences()
    {
        using var folder = new TempFolder();

        // 325,637 rows: the default 30 s limit on capture plus runs is for synthetic lakes, not a loaded test machine.
        var run = await ResearchRun.RunAsync("knowledge_tracing_input", _lake.Lake, folder.Combine("out"), "--timeout", "900");

        Assert.True(run.ExitCode == 0, run.Error);
        var csv = folder.Combine("out", "opportunities.csv").Replace("'", "''", StringComparison.Ordinal);
        var file = ImportedLake.PublicFile.Replace("'", "''", StringComparison.Ordinal);
        var totals = ResultComparison.Rows(_lake.Lake, $"SELECT count(*), count(DISTINCT StudentXid), count(DISTINCT SkillId) FROM read_csv('{csv}')")[0];
        Assert.Equal(["325637", "4151", "110"], totals);

        // Per (user, skill): our number of opportunities, number right and first correctness against the raw file's.
        var mismatches = ResultComparison.Rows(_lake.Lake, $"""
            WITH ours AS (
                SELECT x.target_id AS user_id, s.name AS skill, max(o.Opportunity) AS n, sum(o.Correct) AS right_answers,
                       arg_min(o.Correct, o.Opportunity) AS first_correct
                FROM read_csv('{csv}') o
                JOIN cas_core.core.external_references x ON x.id = o.StudentXid
                JOIN cas_content.core.skills s ON s.id = o.SkillId
                GROUP BY ALL),
            theirs AS (
                SELECT user_id, skill, count(*) AS n, sum(correct) AS right_answers, arg_min(correct, seq_pos) AS first_correct
                FROM read_csv('{file}') GROUP BY ALL)
            SELECT count(*), (SELECT count(*) FROM theirs)
            FROM ours FULL JOIN theirs USING (user_id, skill)
            WHERE ours.n IS DISTINCT FROM theirs.n OR ours.right_answers IS DISTINCT FROM theirs.right_answers
               OR ours.first_correct IS DISTINCT FROM theirs.first_correct
            """)[0];
        Assert.Equal("0", mismatches[0]);
        // Not vacuous: every one of the 4,151 students has at least one (student, skill) pair in the file.
        var pairs = long.Parse(mismatches[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pairs >= 4_151, $"{pairs} (student, skill) pairs in the file");
    }

    /// <summary>assist2009-responses imported once for the class, times in the 2023-24 school year.</summary>
    public sealed class ImportedLake : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _folder = new("assist-kt-public");

        public static string PublicFile => Path.Combine(RepoPaths.Root, "..", "shared", "public-data", "assist2009-responses.csv.gz");

        public string Lake => _folder.Combine("lake2009");

        public async Task InitializeAsync()
        {
            var run = await CliRun.RunAsync(RepoPaths.Root, "import", "responses", PublicFile, "--out", Lake, "--school-year", "2023");
            Assert.True(run.ExitCode == 0, run.Error);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _folder.Dispose();
    }
}
