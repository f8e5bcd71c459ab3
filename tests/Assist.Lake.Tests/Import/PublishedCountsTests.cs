using Assist.Lake.Tests.Support;
using Assist.Query;
using Assist.Query.Local;

namespace Assist.Lake.Tests.Import;

/// <summary>
/// The counts published for the public files (shared/public-data/README.md: students, responses, problems, skills)
/// come out of typed queries over the lakes <c>assist import</c> makes of them.
/// </summary>
[Collection(PublicLakesCollection.Name)]
public sealed class PublishedCountsTests(PublicLakesFixture lakes)
{
    private sealed record Counts(long Users, long StudentsWithWork, long ProblemLogs, long TaggedResponses, long Problems, long Skills);

    private static async Task<Counts> CountAsync(string directory)
    {
        using var lake = LocalLake.Open(directory);
        var studentsWithWork = (from al in Lake.CasCore.StudentData.AssignmentLogs select al.User().Id).Distinct().CountQuery();
        var taggedResponses =
            (from pl in Lake.CasCore.StudentData.ProblemLogs
             join ps in Lake.CasContent.Core.ProblemSkills on pl.ProblemId equals ps.ProblemId
             select ps.SkillId).CountQuery();
        return new Counts(
            await Lake.CasCore.Users.Users.CountQuery().ScalarAsync(lake),
            await studentsWithWork.ScalarAsync(lake),
            await Lake.CasCore.StudentData.ProblemLogs.CountQuery().ScalarAsync(lake),
            await taggedResponses.ScalarAsync(lake),
            await Lake.CasContent.Core.Problems.CountQuery().ScalarAsync(lake),
            await Lake.CasContent.Core.Skills.CountQuery().ScalarAsync(lake));
    }

    [Fact]
    public async Task Assist2009_gives_the_published_4151_students_110_skills_16891_problems_and_325637_responses()
    {
        var counts = await CountAsync(await lakes.Lake("assist2009-responses.csv.gz"));
        Assert.Equal(4_151, counts.Users);
        Assert.Equal(4_151, counts.StudentsWithWork);
        Assert.Equal(110, counts.Skills);
        Assert.Equal(16_891, counts.Problems);

        // The papers count a response once per skill tag (the file's rows). The import keeps one problem log per
        // response, and every response carries all of its problem's tags, so logs x problem skills gives the rows back.
        Assert.Equal(325_637, counts.TaggedResponses);
        Assert.True(counts.ProblemLogs < 325_637 - 40_000, $"{counts.ProblemLogs} problem logs: multi-skill rows were not merged");
    }

    [Fact]
    public async Task Assist2015_gives_the_published_19840_students_100_skills_and_683801_responses()
    {
        var counts = await CountAsync(await lakes.Lake("assist2015-responses.csv.gz"));
        Assert.Equal(19_840, counts.Users);
        Assert.Equal(19_840, counts.StudentsWithWork);
        Assert.Equal(100, counts.Skills);
        Assert.Equal(683_801, counts.ProblemLogs);

        // No problem ids in the file: one placeholder problem per skill, tagged with that skill only.
        Assert.Equal(100, counts.Problems);
        Assert.Equal(683_801, counts.TaggedResponses);
    }

    [Fact]
    public async Task Assist2017_responses_give_the_published_102_skills_3162_problems_and_the_copy_s_students_and_responses()
    {
        var counts = await CountAsync(await lakes.Lake("assist2017-responses.csv.gz"));

        // Published for the full file: 1,709 students and 942,816 responses; this copy lacks 4 students (README).
        Assert.Equal(1_709 - 4, counts.Users);
        Assert.Equal(1_705, counts.StudentsWithWork);
        Assert.Equal(941_502, counts.ProblemLogs);
        Assert.Equal(3_162, counts.Problems);
        Assert.Equal(102, counts.Skills);
    }

    [Fact]
    public async Task The_2017_competition_sample_gives_its_3169_problem_logs_of_553_students()
    {
        var counts = await CountAsync(await lakes.Lake("assistments-2017-sample.csv.gz"));
        Assert.Equal(3_169, counts.ProblemLogs);
        Assert.Equal(553, counts.Users);
        Assert.Equal(553, counts.StudentsWithWork);
    }
}
