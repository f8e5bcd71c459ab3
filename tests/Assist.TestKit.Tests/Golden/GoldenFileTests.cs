using Assist.TestKit;
using Xunit;
using Xunit.Sdk;

namespace Assist.TestKit.Tests.Golden;

/// <summary>
/// GoldenFile against a temporary folder (passed as the caller file). The update switch is an environment
/// variable, so every test here sets it explicitly and the class runs as one collection.
/// </summary>
public sealed class GoldenFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "golden-" + Guid.NewGuid().ToString("N"));
    private readonly string? _previousSwitch = Environment.GetEnvironmentVariable(GoldenFile.UpdateVariable);

    public GoldenFileTests()
    {
        Directory.CreateDirectory(_folder);
    }

    private string CallerFile => Path.Combine(_folder, "FakeTests.cs");

    [Fact]
    public void Matching_text_passes_whatever_the_line_endings()
    {
        SetUpdating(false);
        File.WriteAllText(Path.Combine(_folder, "same.txt"), "SELECT 1\r\nFROM t\r\n");

        GoldenFile.AssertMatches("same.txt", "SELECT 1\nFROM t\n", CallerFile);
    }

    [Fact]
    public void A_mismatch_fails_and_names_the_first_differing_line()
    {
        SetUpdating(false);
        var path = Path.Combine(_folder, "differs.txt");
        File.WriteAllText(path, "SELECT 1\nFROM t\nWHERE a = 1\n");

        var failure = Assert.Throws<FailException>(() => GoldenFile.AssertMatches("differs.txt", "SELECT 1\nFROM u\nWHERE a = 1\n", CallerFile));

        Assert.Equal(
            $"{path} differs from the output (run with ASSIST_UPDATE_BASELINES=1 to accept it, then review with git diff):\n" +
            "line 2\n  expected: FROM t\n  actual:   FROM u",
            failure.Message);
    }

    [Fact]
    public void Extra_lines_are_a_mismatch()
    {
        SetUpdating(false);
        File.WriteAllText(Path.Combine(_folder, "short.txt"), "a");

        var failure = Assert.Throws<FailException>(() => GoldenFile.AssertMatches("short.txt", "a\nb", CallerFile));

        Assert.EndsWith("line 2\n  expected: <end of file>\n  actual:   b", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_golden_file_fails_and_is_not_created()
    {
        SetUpdating(false);
        var path = Path.Combine(_folder, "sub", "missing.txt");

        var failure = Assert.Throws<TrueException>(() => GoldenFile.AssertMatches(Path.Combine("sub", "missing.txt"), "anything", CallerFile));

        Assert.StartsWith($"Golden file {path} is missing. Run the tests with ASSIST_UPDATE_BASELINES=1", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_update_switch_writes_the_file_with_lf_endings_and_no_bom()
    {
        SetUpdating(true);
        var path = Path.Combine(_folder, "new", "written.txt");

        GoldenFile.AssertMatches(Path.Combine("new", "written.txt"), "line one\r\nline two\n", CallerFile);

        Assert.Equal("line one\nline two\n"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void The_update_switch_overwrites_a_stale_file_instead_of_failing()
    {
        SetUpdating(true);
        var path = Path.Combine(_folder, "stale.txt");
        File.WriteAllText(path, "old\n");

        GoldenFile.AssertMatches("stale.txt", "new\n", CallerFile);

        Assert.Equal("new\n", File.ReadAllText(path));
        SetUpdating(false);
        GoldenFile.AssertMatches("stale.txt", "new\n", CallerFile);
    }

    [Fact]
    public void Only_the_value_1_turns_updating_on()
    {
        SetUpdating(false);
        Environment.SetEnvironmentVariable(GoldenFile.UpdateVariable, "true");

        Assert.False(GoldenFile.Updating);
    }

    [Fact]
    public void List_returns_sorted_relative_paths_with_forward_slashes()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Baselines", "B"));
        File.WriteAllText(Path.Combine(_folder, "Baselines", "b.txt"), "");
        File.WriteAllText(Path.Combine(_folder, "Baselines", "B", "a.txt"), "");
        File.WriteAllText(Path.Combine(_folder, "Baselines", "a.txt"), "");

        Assert.Equal(["B/a.txt", "a.txt", "b.txt"], GoldenFile.List("Baselines", CallerFile));
        Assert.Empty(GoldenFile.List("NoSuchFolder", CallerFile));
    }

    [Fact]
    public void A_ci_mapped_caller_path_resolves_to_the_repository()
    {
        // ContinuousIntegrationBuild compiles [CallerFilePath] as "/_/<path in repo>".
        var resolved = RepositoryRoot.ResolveSourcePath("/_/tests/Assist.TestKit/GoldenFile.cs");

        Assert.Equal(Path.Combine(RepositoryRoot.Path, "tests", "Assist.TestKit", "GoldenFile.cs"), resolved);
        Assert.True(File.Exists(resolved), resolved);
        Assert.Equal(CallerFile, RepositoryRoot.ResolveSourcePath(CallerFile));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(GoldenFile.UpdateVariable, _previousSwitch);
        Directory.Delete(_folder, recursive: true);
    }

    private static void SetUpdating(bool on) => Environment.SetEnvironmentVariable(GoldenFile.UpdateVariable, on ? "1" : null);
}
