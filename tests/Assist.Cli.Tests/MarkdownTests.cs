using Assist.Cli.Docs;
using Xunit;

namespace Assist.Cli.Tests;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("a | b", @"a \| b")]                         // a pipe would split a table cell
    [InlineData("every *_xid column", @"every \*_xid column")] // a star would start emphasis
    [InlineData("'SP<problemId>/'", "'SP&lt;problemId&gt;/'")] // angle brackets would be an HTML tag
    [InlineData("two\nlines", "two lines")]                    // a line break would end the table row
    [InlineData(null, "")]
    public void Text_is_safe_in_a_table_cell(string? input, string expected) => Assert.Equal(expected, Markdown.Text(input));

    [Theory]
    [InlineData("A group (e.g. a course). More.", "A group (e.g. a course).")]
    [InlineData("Counts, e.g. hints. More.", "Counts, e.g. hints.")]
    [InlineData("One row per problem. More.", "One row per problem.")]
    [InlineData("No full stop", "No full stop")]
    public void First_sentence_skips_abbreviations_and_parentheses(string input, string expected) =>
        Assert.Equal(expected, Markdown.FirstSentence(input));

    [Fact]
    public void Counts_use_invariant_thousands_separators() => Assert.Equal("215,000,000", Markdown.Count(215_000_000));

    [Theory]
    [InlineData("index.md", "cas_core/core.md", "users", "cas_core/core.md#users")]
    [InlineData("cas_core/core.md", "cas_core/core.md", "users", "#users")]
    [InlineData("cas_core/core.md", "cas_core/users.md", "users", "users.md#users")]
    [InlineData("cas_core/core.md", "cas_content/core.md", "problems", "../cas_content/core.md#problems")]
    [InlineData("cas_core/core.md", "enums.md", "partner", "../enums.md#partner")]
    public void Page_links_are_relative(string from, string to, string anchor, string expected) =>
        Assert.Equal(expected, PageLinks.Link(from, to, anchor));
}
