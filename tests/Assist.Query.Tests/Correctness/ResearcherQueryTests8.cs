using Assist.Query.Tests.Execution.Differential;
using Xunit;
using static Assist.Query.Tests.Execution.Differential.SeedData;

using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Correctness;

/// <summary>A class with settable properties, as a researcher declares a result row.</summary>
public sealed class HuntRow
{
    public long Id { get; set; }
    public int Hints { get; set; }
    public string? Answer { get; set; }
}

/// <summary>Object initializers, nested anonymous types and records as results.</summary>
public class ResearcherQueryTests8(DifferentialFixture fixture) : IClassFixture<DifferentialFixture>
{
    private Task Check<T>(Query<T> query, IEnumerable<T> expected, bool ordered = false) => CorrectnessCheck.Same(fixture, query, expected, ordered);

    [Fact]
    public Task X01_object_initializer_and_nested_anonymous() =>
        Check(TestLake.ProblemLogs.Select(p => new { Row = new HuntRow { Id = p.Id, Hints = p.HintCount, Answer = p.AnswerText }, Inner = new { p.AttemptCount, Twice = p.HintCount * 2 } })
                .Select(x => new { x.Row.Id, x.Row.Hints, x.Row.Answer, x.Inner.AttemptCount, x.Inner.Twice }),
            ProblemLogs.Select(p => new { Row = new HuntRow { Id = p.Id, Hints = p.HintCount, Answer = p.AnswerText }, Inner = new { p.AttemptCount, Twice = p.HintCount * 2 } })
                .Select(x => new { x.Row.Id, x.Row.Hints, x.Row.Answer, x.Inner.AttemptCount, x.Inner.Twice }));

    [Fact]
    public Task X02_record_result_and_enum_names() =>
        Check(TestLake.ProblemLogs.Select(p => new IdAndHints(p.Id, p.HintCount)), ProblemLogs.Select(p => new IdAndHints(p.Id, p.HintCount)));
}
