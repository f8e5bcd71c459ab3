using System.Runtime.CompilerServices;

namespace Assist.Lake.Tests.Support;

/// <summary>Paths inside the repository checkout the tests run from.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding Assist.Query.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The lake's YAML schema.</summary>
    public static string SchemaDirectory => Path.Combine(Root, "schema");

    // Builds may put bin/ anywhere (--artifacts-path), so start from this source file's folder.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assist.Query.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Assist.Query.sln not found above " + sourceFile);
    }
}
