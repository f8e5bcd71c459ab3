using Assist.Cli.Submissions.Compiling;
using Xunit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>
/// Every known way out of a submission is refused while it is compiled for review, on the symbols the semantic model
/// binds (so aliases, <c>var</c> and fully qualified names do not help), at the line that tries it.
/// </summary>
public sealed class EscapeAttemptTests
{
    public static TheoryData<string, string, string> Attempts => new()
    {
        { "file read", "AS2110", "var text = System.IO.File.ReadAllText(\"/etc/passwd\");" },
        { "directory listing", "AS2110", "var files = System.IO.Directory.GetFiles(\"/\");" },
        { "process start", "AS2112", "System.Diagnostics.Process.Start(\"sh\");" },
        { "HttpClient", "AS2111", "var client = new System.Net.Http.HttpClient();" },
        { "environment", "AS2113", "var home = Environment.GetEnvironmentVariable(\"HOME\");" },
        { "Type.GetType", "AS2114", "var type = Type.GetType(\"System.IO.File\");" },
        { "Activator", "AS2114", "var o = Activator.CreateInstance<List<int>>();" },
        { "Assembly.Load", "AS2114", "var a = System.Reflection.Assembly.Load(\"System.Private.CoreLib\");" },
        { "typeof(x).Assembly", "AS2114", "var a = typeof(Submission).Assembly;" },
        { "object.GetType()", "AS2114", "var t = \"text\".GetType();" },
        { "AppDomain", "AS2114", "var d = AppDomain.CurrentDomain;" },
        { "unsafe block", "AS2116", "unsafe { int x = 1; int* p = &x; }" },
        { "DllImport", "AS2117", "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid();" },
        { "Marshal", "AS2117", "var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(10);" },
        { "dynamic", "AS2118", "dynamic d = 1;" },
        { "Expression.Compile", "AS2119", "System.Linq.Expressions.Expression<Func<int>> e = () => 1; var f = e.Compile();" },
        { "Task.Run", "AS2115", "System.Threading.Tasks.Task.Run(() => 1);" },
        { "Thread", "AS2115", "new System.Threading.Thread(() => { }).Start();" },
        { "Console", "AS2100", "Console.WriteLine(\"hello\");" },
        { "terminal operator", "AS2120", "var rows = Assist.Query.LocalLakeQueryExtensions.ToListAsync(Lake.CasCore.Users.Users, null!);" },
        { "alias of a forbidden type", "AS2110", "var f = (Func<string, bool>)System.IO.File.Exists;" },
    };

    [Theory]
    [MemberData(nameof(Attempts))]
    public void An_escape_attempt_is_refused_at_its_line(string attempt, string code, string statement)
    {
        var problems = Compile(statement + "\n");

        var problem = Assert.Single(problems, p => p.Code == code);
        Assert.Equal(4, problem.Line);
        Assert.EndsWith($"is not allowed in a submission ({ApiVerdictCategory(code)})", problem.Message);
        Assert.True(problems.All(p => p.Code.StartsWith("AS2", StringComparison.Ordinal)), attempt + ": " + string.Join("; ", problems));
    }

    [Fact]
    public void A_refusal_points_at_the_expression_not_at_var()
    {
        var problem = Assert.Single(Compile("var a = typeof(Submission).Assembly;\n"));

        Assert.Equal(("AS2114", 4, 9), (problem.Code, problem.Line, problem.Column));
    }

    [Fact]
    public void A_static_constructor_doing_io_is_refused_inside_the_constructor()
    {
        var problems = Compile("""
            var x = Evil.Value;
            class Evil
            {
                public static int Value = 1;
                static Evil() { System.IO.File.Delete("/tmp/anything"); }
            }
            """);

        var problem = Assert.Single(problems);
        Assert.Equal(("AS2110", 8), (problem.Code, problem.Line));
    }

    [Fact]
    public void A_lambda_smuggling_a_forbidden_call_into_a_query_is_refused()
    {
        var problems = Compile("""
            var q = from u in Lake.CasCore.Users.Users
                    where System.IO.File.Exists(u.Username!)
                    select u.Id;
            Submission.Output("ids", q);
            """);

        var problem = Assert.Single(problems);
        Assert.Equal(("AS2110", 5), (problem.Code, problem.Line));
        Assert.Equal("System.IO.File is not allowed in a submission (files)", problem.Message);
    }

    [Fact]
    public void A_query_using_the_allowlisted_api_compiles_clean()
    {
        var problems = Compile("""
            var since = new DateTime(2004, 9, 1);
            var pattern = new System.Text.RegularExpressions.Regex("^SP");
            var q = from pl in Lake.CasCore.StudentData.ProblemLogs
                    where pl.StartTime >= since && pl.HintCount > Math.Max(0, 1)
                    group pl by pl.AssignmentLog().UserXid into g
                    select new { Student = g.Key, Problems = g.Count(), Names = new List<string> { "a" }.Count };
            Submission.Output("per_student", q);
            """);

        Assert.Empty(problems);
    }

    private static IReadOnlyList<SubmissionDiagnostic> Compile(string body) =>
        SubmissionCompiler.Compile(SubmissionFiles.Usings + body, "sub.cs").Problems;

    private static string ApiVerdictCategory(string code) =>
        typeof(ApiVerdict).GetFields().Select(f => (ApiVerdict)f.GetValue(null)!).Single(v => v.Code == code).Category;
}
