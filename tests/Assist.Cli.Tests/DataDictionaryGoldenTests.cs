using System.Text.RegularExpressions;
using Assist.Cli.Tests.Infrastructure;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests;

/// <summary>The data dictionary of the real lake, page by page, against Golden/DataDictionary (ASSIST_UPDATE_BASELINES=1 rewrites).</summary>
public sealed partial class DataDictionaryGoldenTests
{
    private const string GoldenFolder = "Golden/DataDictionary";

    [Fact]
    public async Task Every_page_matches_its_golden_file_and_no_golden_file_is_stale()
    {
        var pages = await GenerateAsync();

        foreach (var (path, text) in pages)
        {
            GoldenFile.AssertMatches($"{GoldenFolder}/{path}", text);
        }

        var generated = pages.Select(p => p.Path).ToList();
        if (GoldenFile.Updating)
        {
            foreach (var stale in GoldenFile.List(GoldenFolder).Except(generated, StringComparer.Ordinal))
            {
                File.Delete(Path.Combine(RepoPaths.TestProject, GoldenFolder, stale));
            }

            return;
        }

        Assert.Equal(GoldenFile.List(GoldenFolder), generated);
    }

    [Fact]
    public async Task Every_link_reaches_an_existing_page_and_anchor()
    {
        var pages = (await GenerateAsync()).ToDictionary(p => p.Path, p => p.Text, StringComparer.Ordinal);
        var broken = new List<string>();

        foreach (var (path, text) in pages)
        {
            foreach (Match link in LinkPattern().Matches(text))
            {
                var target = link.Groups["target"].Value;
                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var file = hash < 0 ? target : target[..hash];
                var anchor = hash < 0 ? null : target[(hash + 1)..];
                var resolved = file.Length == 0 ? path : Normalize(Path.GetDirectoryName(path)!.Replace('\\', '/'), file);
                if (!pages.TryGetValue(resolved, out var targetText)
                    || (anchor is not null && !targetText.Contains($"<a id=\"{anchor}\"></a>", StringComparison.Ordinal)))
                {
                    broken.Add($"{path}: {target}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public async Task Two_runs_write_identical_pages()
    {
        Assert.Equal(await GenerateAsync(), await GenerateAsync());
    }

    // Relative Markdown links: [text](target) where target is not a URL.
    [GeneratedRegex(@"\]\((?<target>(?!https?:)[^)\s]+)\)")]
    private static partial Regex LinkPattern();

    private static string Normalize(string folder, string relative)
    {
        var parts = folder.Length == 0 ? new List<string>() : folder.Split('/').ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static async Task<IReadOnlyList<(string Path, string Text)>> GenerateAsync()
    {
        using var dir = new TempFolder();
        var run = await CliRun.RunAsync(dir.Path, "schema", "docs", RepoPaths.Schema, "--out", "dictionary");
        Assert.True(run.ExitCode == 0, run.Error);
        return TempFolder.ReadAll(Path.Combine(dir.Path, "dictionary"));
    }
}
