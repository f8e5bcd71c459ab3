using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Assist.TestKit;
using Xunit;

namespace Assist.Query.Tests.Docs;

/// <summary>
/// docs/dialects.md stays tied to the code: every test it cites exists, every row 1–45 is there, and every row number
/// (or named section) the compiler's comments cite is a row of the document.
/// </summary>
public partial class DialectsDocumentTests
{
    private const int LastRequiredRow = 45;

    private static readonly string s_documentPath = Path.Combine(RepositoryRoot.Path, "docs", "dialects.md");

    private static string Document => File.ReadAllText(s_documentPath);

    /// <summary>Row headings: <c>### 17. Regular expressions</c>.</summary>
    private static Dictionary<int, string> Rows() => RowHeading().Matches(Document)
        .ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => m.Groups[2].Value.Trim());

    [Fact]
    public void Every_cited_test_method_exists()
    {
        var tests = typeof(DialectsDocumentTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .Select(m => t.FullName!.Replace('+', '.') + "." + m.Name))
            .ToHashSet(StringComparer.Ordinal);
        var cited = CitedTest().Matches(Document).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(cited);
        var missing = cited.Where(c => !tests.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "docs/dialects.md cites test methods that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void Rows_one_to_forty_five_are_all_there_each_with_its_tests()
    {
        var rows = Rows();
        var missing = Enumerable.Range(1, LastRequiredRow).Where(n => !rows.ContainsKey(n)).ToList();
        Assert.True(missing.Count == 0, "docs/dialects.md has no row " + string.Join(", ", missing));

        // Each row says which tests prove it, or plainly that none does.
        var withoutTests = rows.Keys.Where(n => !SectionOf(n).Contains("**Tests:**", StringComparison.Ordinal)).ToList();
        Assert.True(withoutTests.Count == 0, "rows without a **Tests:** line: " + string.Join(", ", withoutTests));
    }

    [Fact]
    public void Every_row_cited_under_src_is_in_the_document()
    {
        var rows = Rows();
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file);
            if (relative.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || relative.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (Match citation in RowCitation().Matches(text))
            {
                foreach (Match number in RowNumber().Matches(citation.Value))
                {
                    var n = int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture);
                    if (!rows.ContainsKey(n))
                    {
                        problems.Add(relative + " cites #" + number.Groups[1].Value);
                    }
                }
            }

            foreach (Match section in SectionCitation().Matches(text))
            {
                var name = section.Groups[1].Value;
                if (!rows.Values.Any(title => title.Contains(name, StringComparison.Ordinal)))
                {
                    problems.Add(relative + " cites the section \"" + name + "\"");
                }
            }
        }

        Assert.True(problems.Count == 0, "citations of docs/dialects.md with no such row: " + string.Join("; ", problems));
    }

    [Fact]
    public void No_source_file_still_cites_the_document_outside_the_repository()
    {
        var stale = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => StaleCitation().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))
            .ToList();
        Assert.True(stale.Count == 0, "cite docs/dialects.md instead of DIALECTS in: " + string.Join(", ", stale));
    }

    private static string SectionOf(int row)
    {
        var document = Document;
        var start = RowHeading().Matches(document).First(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) == row);
        var next = start.NextMatch();
        var end = next.Success ? next.Index : document.Length;
        return document[start.Index..end];
    }

    [GeneratedRegex(@"^### (\d+)\. (.+)$", RegexOptions.Multiline)]
    private static partial Regex RowHeading();

    [GeneratedRegex(@"`(Assist\.Query\.Tests\.[A-Za-z0-9_.]+)`")]
    private static partial Regex CitedTest();

    /// <summary><c>docs/dialects.md #20, #23</c> or the old <c>DIALECTS #8</c>.</summary>
    [GeneratedRegex(@"(?:dialects\.md|DIALECTS) #\d+(?:\s*,\s*#\d+)*")]
    private static partial Regex RowCitation();

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex RowNumber();

    /// <summary><c>docs/dialects.md, "Durations"</c>: a row cited by its title.</summary>
    [GeneratedRegex(@"dialects\.md,\s*""([^""]+)""")]
    private static partial Regex SectionCitation();

    [GeneratedRegex(@"DIALECTS(?:\.md| #)")]
    private static partial Regex StaleCitation();
}
