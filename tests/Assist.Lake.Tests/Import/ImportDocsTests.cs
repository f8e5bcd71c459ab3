using Assist.Cli.Import;
using Assist.Lake.Tests.Support;
using Assist.TestKit;

namespace Assist.Lake.Tests.Import;

/// <summary>docs/import.md's mapping tables are the importer's mappings, rendered; the docs cannot drift from the code.</summary>
public sealed class ImportDocsTests
{
    private static string DocsFile => Path.Combine(RepoPaths.Root, "docs", "import.md");

    public static TheoryData<string, bool> Sections() => new()
    {
        { "assistments-2017", false },
        { "responses", false },
        { "responses", true },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_mapping_table_in_docs_import_md_is_the_importer_s_mapping(string formatName, bool withoutOptional)
    {
        var format = ImportFormats.Find(formatName)!;
        var expected = withoutOptional
            ? MappingTable.RenderWithoutOptional(format, SynthLakes.Schema)
            : MappingTable.Render(format, SynthLakes.Schema);
        var begin = $"<!-- BEGIN mapping {formatName}{(withoutOptional ? " without optional columns" : "")} -->\n";
        var end = $"<!-- END mapping {formatName}{(withoutOptional ? " without optional columns" : "")} -->";
        var text = File.ReadAllText(DocsFile).ReplaceLineEndings("\n");
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"docs/import.md lacks the markers {begin.Trim()} ... {end}");
        var actual = text[(from + begin.Length)..to];
        if (GoldenFile.Updating)
        {
            File.WriteAllText(DocsFile, text[..(from + begin.Length)] + expected + text[to..]);
            return;
        }

        Assert.Equal(expected, actual);
        Assert.Contains("| cas_core.student_data.problem_logs |", expected, StringComparison.Ordinal);
    }
}
