using System.Reflection;

namespace Assist.TestKit;

/// <summary>Finds the repository root (the folder holding Assist.Query.sln) from a running test.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "Assist.Query.sln";
    private const string BuildTimeRootKey = "AssistRepositoryRoot";

    // What deterministic builds replace the repository root with in compiled source paths (PathMap).
    private static readonly string[] s_mappedRoots = ["/_/", "\\_\\"];
    private static readonly Lazy<string> s_path = new(Locate);

    /// <summary>The repository root; throws when it cannot be found.</summary>
    public static string Path => s_path.Value;

    /// <summary>
    /// Turns a <c>[CallerFilePath]</c> into a path on disk. CI builds set ContinuousIntegrationBuild, which maps the
    /// repository root in compiled source paths to <c>/_/</c>; outside CI the path is returned unchanged.
    /// </summary>
    public static string ResolveSourcePath(string callerFilePath)
    {
        ArgumentNullException.ThrowIfNull(callerFilePath);
        foreach (var mappedRoot in s_mappedRoots)
        {
            if (callerFilePath.StartsWith(mappedRoot, StringComparison.Ordinal) && !File.Exists(callerFilePath))
            {
                return System.IO.Path.Combine(Path, callerFilePath[mappedRoot.Length..]);
            }
        }

        return callerFilePath;
    }

    private static string Locate()
    {
        // Builds with --artifacts-path put the test binaries outside the repo, so walking up from them is not
        // enough; the root recorded at build time (see Assist.TestKit.csproj) covers that case.
        var buildTimeRoot = typeof(RepositoryRoot).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == BuildTimeRootKey)?.Value;
        string?[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory(), buildTimeRoot];
        foreach (var start in starts)
        {
            var found = WalkUp(start);
            if (found is not null)
            {
                return found;
            }
        }

        throw new InvalidOperationException(
            $"Cannot find {SolutionFile} above {AppContext.BaseDirectory}, the current directory or the build-time root '{buildTimeRoot}'.");
    }

    private static string? WalkUp(string? start)
    {
        if (string.IsNullOrEmpty(start))
        {
            return null;
        }

        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
