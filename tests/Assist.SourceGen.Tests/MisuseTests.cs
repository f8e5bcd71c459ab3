using Assist.SourceGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Assist.SourceGen.Tests;

/// <summary>
/// Mistakes a researcher can make against the generated API fail to compile. Each snippet is compiled with the generated
/// code (nullable on, warnings as errors, as consumer projects build) and must give exactly the expected error ids.
/// </summary>
public sealed class MisuseTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using System.Linq.Expressions;
        using Assist.Lake;
        using Assist.Lake.Content.Items;
        using Assist.Lake.Demo.Core;

        internal sealed class Row
        {
            public int Position { get; init; }
            public string Class { get; init; } = "";
        }

        internal static class Snippet
        {
            internal static void Run()
            {
        """;

    private const string End = """

            }
        }
        """;

    [Theory]
    [InlineData("Expression<Func<ProblemLog, bool>> e = pl => pl.HintCnt > 0;", "CS1061")]                 // no such column
    [InlineData("Expression<Func<ProblemLog, object>> e = pl => pl.AssignmentLog();", "CS1061")]            // no such navigation
    [InlineData("Expression<Func<Assignment, object?>> e = a => a.AssigneeProblem();", "CS1061")]           // no such xref kind
    [InlineData("Expression<Func<Problem, bool>> e = p => p.ActionTypeId == Partner.Tng;", "CS0019")]       // another enum type
    [InlineData("Expression<Func<Problem, bool>> e = p => p.ActionTypeId == 1;", "CS0019")]                 // a bare number
    [InlineData("Expression<Func<Problem, bool>> e = p => p.BigCode == 5000000000;", "CS0019")]             // a bare long
    [InlineData("Expression<Func<Problem, Row>> e = p => new Row { Position = p.Position };", "CS0266,CS8629")]  // int? into int
    [InlineData("Expression<Func<Problem, int>> e = p => p.Position.Value;", "CS8629")]                     // unchecked .Value
    [InlineData("Expression<Func<Problem, Row>> e = p => new Row { Class = p.Class };", "CS8601")]          // string? into string
    [InlineData("string s = new Problem().Class;", "CS8600")]                                               // string? into string local
    [InlineData("Expression<Func<Assignment, long>> e = a => a.AssigneeGroup().Id;", "CS8602")]             // multi-kind xref may be null
    [InlineData("var n = Lake.Demo.Core.Users.Table.Name; Lake.Demo.Core.Users = null!;", "CS0200")]        // table sources are read-only
    public void A_misuse_is_a_compile_error(string statement, string expectedId)
    {
        var errors = CompileErrors(statement);

        Assert.Equal(expectedId.Split(','), errors.Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Expression<Func<Problem, bool>> e = p => p.ActionTypeId == ActionType.HintRequested;")]
    [InlineData("Expression<Func<Problem, bool>> e = p => p.ActionTypeId == 0;")]
    [InlineData("Expression<Func<Problem, Row>> e = p => new Row { Position = p.Position ?? 0, Class = p.Class ?? \"\" };")]
    [InlineData("Expression<Func<ProblemLog, long>> e = pl => pl.Problem().Id;")]
    [InlineData("Expression<Func<Problem, long?>> e = p => p.Parent()!.Id;")]
    [InlineData("Expression<Func<Problem, int>> e = p => p.ProblemLogs().Sum(l => l.HintCount);")]
    [InlineData("Expression<Func<User, Guid?>> e = u => u.ExternalReference(Partner.OtherPartner).Id == 0 ? null : Guid.Empty;")]
    [InlineData("Expression<Func<Assignment, long>> e = a => a.AssigneeUser()!.Id + a.Problem().Id;")]
    public void The_correct_spelling_compiles(string statement)
    {
        Assert.Empty(CompileErrors(statement));
    }

    private static List<string> CompileErrors(string statement)
    {
        var (_, output, _) = GeneratorHarness.Run(Fixtures.Load("Feature"), Usings + "        " + statement + End);
        return output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id)
            .ToList();
    }
}
