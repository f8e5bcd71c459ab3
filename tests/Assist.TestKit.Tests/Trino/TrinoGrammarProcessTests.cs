using System.Diagnostics;
using Assist.TestKit;
using Xunit;

namespace Assist.TestKit.Tests.Trino;

[Collection(TrinoCollection.Name)]
public sealed class TrinoGrammarProcessTests
{
    [Fact]
    public void A_killed_node_process_is_replaced_on_the_next_check()
    {
        TrinoGrammar.AssertValid("SELECT 1");
        var first = TrinoGrammar.CurrentProcessId();
        Assert.NotNull(first);

        using (var node = Process.GetProcessById(first.Value))
        {
            node.Kill();
            node.WaitForExit();
        }

        // A text never checked before, so the answer cannot come from the cache of earlier answers.
        var unseen = "SELECT a FROM t" + Guid.NewGuid().ToString("N") + " GROUP a";
        Assert.Equal(["L1:55-56 missing 'BY' at 'a'"], TrinoGrammar.Validate(unseen));
        var second = TrinoGrammar.CurrentProcessId();
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_tool_folder_is_found_from_the_test_binaries()
    {
        Assert.True(File.Exists(Path.Combine(TrinoGrammar.ToolFolder, "check.mjs")), TrinoGrammar.ToolFolder);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, "Assist.Query.sln")), RepositoryRoot.Path);
    }

    [Fact]
    public void A_tool_folder_without_node_modules_says_how_to_install_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trino-check-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<InvalidOperationException>(() => TrinoGrammar.EnsureInstalled(folder));

        Assert.Equal(
            $"The Trino grammar check needs its npm packages: {folder}/node_modules/dt-sql-parser is missing. " +
            "Run `npm ci --prefix tools/trino-check` from the repository root.",
            error.Message);
        TrinoGrammar.EnsureInstalled(TrinoGrammar.ToolFolder);
    }
}
