using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Assist.TestKit;

/// <summary>
/// Compares text with a golden file checked into the repo. Set ASSIST_UPDATE_BASELINES=1 to rewrite the golden
/// files instead (CI never sets it; review the rewrite with git diff). A missing golden file fails the test.
/// </summary>
public static class GoldenFile
{
    /// <summary>The opt-in switch that rewrites golden files.</summary>
    public const string UpdateVariable = "ASSIST_UPDATE_BASELINES";

    /// <summary>Whether this run rewrites golden files.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Asserts that <paramref name="actual"/> equals the golden file at <paramref name="relativePath"/>, relative to the calling test's folder.</summary>
    public static void AssertMatches(string relativePath, string actual, [CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(RepositoryRoot.ResolveSourcePath(callerFile))!, relativePath);
        var normalized = Normalize(actual);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing. Run the tests with {UpdateVariable}=1 to create it, then review it.");
        var expected = Normalize(File.ReadAllText(path));
        if (expected != normalized)
        {
            Assert.Fail($"{path} differs from the output (run with {UpdateVariable}=1 to accept it, then review with git diff):\n{FirstDifference(expected, normalized)}");
        }
    }

    /// <summary>The golden files under a folder next to the calling test, as paths relative to that folder (to find stale ones).</summary>
    public static IReadOnlyList<string> List(string relativeFolder, [CallerFilePath] string callerFile = "")
    {
        var root = Path.Combine(Path.GetDirectoryName(RepositoryRoot.ResolveSourcePath(callerFile))!, relativeFolder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"line {i + 1}\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "(only line endings differ)";
    }
}
