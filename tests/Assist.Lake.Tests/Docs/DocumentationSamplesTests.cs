using System.Collections;
using Assist.Lake.Tests.Support;
using Assist.Query;
using Assist.TestKit;
using Dapper;

namespace Assist.Lake.Tests.Docs;

/// <summary>
/// Every fenced C# block of README.md and of the markdown files under docs/ compiles as written (a program, or a
/// library file when it only declares types), and the README's main sample runs on a synthetic lake and gives the
/// rows of hand-written DuckDB SQL. A block marked <c>&lt;!-- fragment --&gt;</c> on the line before its fence is
/// compiled wrapped in a method or class body.
/// </summary>
public sealed class DocumentationSamplesTests(DocsLakeFixture fixture) : IClassFixture<DocsLakeFixture>
{
    private const string Readme = "README.md";

    /// <summary>Every C# block of the repository's documentation, as <c>file:line</c>.</summary>
    public static TheoryData<string> Blocks()
    {
        var data = new TheoryData<string>();
        foreach (var block in AllBlocks())
        {
            data.Add(block.ToString());
        }

        return data;
    }

    [Fact]
    public void The_documentation_has_csharp_blocks_in_the_readme_and_in_docs()
    {
        var blocks = AllBlocks();
        Assert.Contains(blocks, b => b.File == Readme);
        Assert.Contains(blocks, b => b.File.StartsWith("docs/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_csharp_block_compiles(string where)
    {
        var block = AllBlocks().Single(b => b.ToString() == where);
        var errors = MarkdownSamples.Errors(block);
        Assert.True(errors.Count == 0,
            $"The C# block at {where} does not compile:\n{string.Join("\n", errors)}\n--- the block ---\n{block.Code}");
    }

    [Fact]
    public void A_broken_block_fails_and_names_the_file_and_line()
    {
        const string markdown = """
            # Title

            ```csharp
            using Assist.Query;

            int x = "not a number";
            ```

            ```sh
            this is not C#
            ```

            <!-- fragment: a statement using a variable it does not declare -->
            ```csharp
            var n = missing + 1;
            ```

            <!-- fragment -->
            ```cs
            var ok = DateTime.UtcNow.Year + 1;
            ```

            ```csharp
            using Assist.Lake;
            using Assist.Query;

            var q = Lake.CasCore.StudentData.ProblemLogs.Where(p => p.HintCount > 0);
            SqlText sql = q.ToSql(SqlDialect.Athena);
            ```
            """;

        var blocks = MarkdownSamples.Extract("docs/sample.md", markdown);

        Assert.Equal([(4, false), (15, true), (20, true), (24, false)], blocks.Select(b => (b.Line, b.Fragment)));
        var broken = MarkdownSamples.Errors(blocks[0]);
        Assert.Contains(broken, e => e.StartsWith("docs/sample.md(6,9): error CS0029:", StringComparison.Ordinal));
        var brokenFragment = MarkdownSamples.Errors(blocks[1]);
        Assert.Contains(brokenFragment, e => e.StartsWith("docs/sample.md(15,9): error CS0103:", StringComparison.Ordinal));
        Assert.Empty(MarkdownSamples.Errors(blocks[2]));
        Assert.Empty(MarkdownSamples.Errors(blocks[3]));
    }

    [Fact]
    public async Task The_readme_sample_runs_on_a_synthetic_lake_and_matches_hand_written_sql()
    {
        var directory = fixture.Directory;
        var sample = AllBlocks().First(b => b.File == Readme);

        var result = await MarkdownSamples.RunAsync(sample, directory, "rows");

        var actual = ((IEnumerable)result!).Cast<object>()
            .Select(r => (Student: Read(r, "Student"), Problems: Read(r, "Problems"), Hints: Read(r, "Hints")))
            .OrderBy(r => r.Student)
            .ToList();
        using var lake = LocalLake.Open(directory);
        var expected = lake.Connection.Query<(long Student, long Problems, long Hints)>("""
            SELECT al.user_xid AS Student, count(*) AS Problems, coalesce(sum(pl.hint_count), 0) AS Hints
            FROM cas_core.student_data.problem_logs pl
            JOIN cas_core.student_data.assignment_logs al ON al.id = pl.assignment_log_id
            WHERE pl.start_time >= TIMESTAMP '2024-01-08 00:00:00'
            GROUP BY al.user_xid ORDER BY al.user_xid
            """).ToList();
        var before = Support.Sql.Long(lake.Connection,
            "SELECT count(*) FROM cas_core.student_data.problem_logs WHERE start_time < TIMESTAMP '2024-01-08 00:00:00'");

        Assert.True(expected.Count >= 10, $"only {expected.Count} students have problem logs since the sample's date");
        Assert.True(before > 0, "the synthetic lake has no problem log before the sample's date, so the filter is not tested");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_readme_more_sample_runs_on_a_synthetic_lake()
    {
        var sample = AllBlocks().Single(b => b.File == Readme && b.Code.Contains("Query.Compile(", StringComparison.Ordinal));

        var result = await MarkdownSamples.RunAsync(sample, fixture.Directory,
            "new object[] { problems, anyHints, hints, hintsPerProblem, first, last, sinceSql.Text, recent.Count, trino.Text }");

        var values = (object[])result!;
        using var lake = LocalLake.Open(fixture.Directory);
        const string Logs = "cas_core.student_data.problem_logs";
        Assert.Equal(Support.Sql.Long(lake.Connection, $"SELECT count(*) FROM {Logs}"), Convert.ToInt64(values[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(true, values[1]);
        Assert.Equal(Support.Sql.Long(lake.Connection, $"SELECT sum(hint_count) FROM {Logs}"), Convert.ToInt64(values[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Support.Sql.Double(lake.Connection, $"SELECT avg(CAST(hint_count AS DOUBLE)) FROM {Logs}"), (double)values[3], 9);
        Assert.Equal(lake.Connection.ExecuteScalar<DateTime>($"SELECT min(start_time) FROM {Logs}"), (DateTime)values[4]);
        Assert.Equal(lake.Connection.ExecuteScalar<DateTime>($"SELECT max(start_time) FROM {Logs}"), (DateTime)values[5]);
        Assert.Contains("problem_logs", (string)values[6], StringComparison.Ordinal);
        Assert.Equal(Support.Sql.Long(lake.Connection, $"SELECT count(*) FROM {Logs} WHERE start_time >= TIMESTAMP '2024-01-08 00:00:00'"),
            (int)values[7]);
        Assert.Contains("hint_count", (string)values[8], StringComparison.Ordinal);
    }

    private static long Read(object row, string property) =>
        Convert.ToInt64(row.GetType().GetProperty(property)!.GetValue(row), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The C# blocks of README.md and of every .md file under docs/ (recursively), in path order.</summary>
    private static IReadOnlyList<MarkdownCodeBlock> AllBlocks()
    {
        var root = RepositoryRoot.Path;
        var docs = Path.Combine(root, "docs");
        var files = new[] { Path.Combine(root, Readme) }
            .Concat(Directory.Exists(docs)
                ? Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : []);
        return files
            .SelectMany(f => MarkdownSamples.Extract(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }
}

/// <summary>A synthetic lake of 20 students (seed 7) for the samples that run.</summary>
public sealed class DocsLakeFixture : IDisposable
{
    private readonly TempFolder _folder = new("assist-docs");

    public DocsLakeFixture()
    {
        Directory = _folder.Combine("lake");
        SynthLakes.Write(Directory, students: 20, seed: 7);
    }

    public string Directory { get; }

    public void Dispose() => _folder.Dispose();
}
