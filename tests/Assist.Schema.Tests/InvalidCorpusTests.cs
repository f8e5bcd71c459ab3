using System.Reflection;
using Assist.Schema;
using Xunit;

namespace Assist.Schema.Tests;

/// <summary>Each broken case must give exactly its hand-written diagnostics: same codes, files, lines and columns, nothing more.</summary>
public sealed class InvalidCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in Corpus.CaseNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_the_expected_diagnostics(string caseName)
    {
        var result = SchemaLoader.Load(Corpus.CaseFiles(caseName));

        var actual = Corpus.Format(result.Diagnostics);
        var messages = string.Join("\n", result.Diagnostics);
        Assert.True(Corpus.Expected(caseName) == actual, $"case {caseName}\nexpected:\n{Corpus.Expected(caseName)}\nactual:\n{actual}\nmessages:\n{messages}");
    }

    [Fact]
    public void Corpus_has_at_least_thirty_cases()
    {
        Assert.True(Corpus.CaseNames().Count() >= 30, $"only {Corpus.CaseNames().Count()} cases");
    }

    [Fact]
    public void Every_diagnostic_code_is_covered_by_the_corpus_or_a_dedicated_test()
    {
        // These need a file system or a model built in code; LoaderEdgeTests and ValidatorModelTests cover them.
        var coveredElsewhere = new[]
        {
            DiagnosticCodes.DirectoryNotFound, DiagnosticCodes.FileTooLarge, DiagnosticCodes.NoSchemaFiles,
            DiagnosticCodes.FileUnreadable, DiagnosticCodes.DuplicateTable,
        };
        var inCorpus = Corpus.CaseNames().SelectMany(n => Corpus.Expected(n).Split('\n')).Select(l => l.Split(' ').Last()).ToHashSet();
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        var missing = codes.Where(c => !inCorpus.Contains(c) && !coveredElsewhere.Contains(c)).Order().ToList();

        Assert.Equal(Array.Empty<string>(), missing);
    }
}
