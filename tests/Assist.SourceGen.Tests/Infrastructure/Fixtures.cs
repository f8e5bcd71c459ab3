using System.Runtime.CompilerServices;

namespace Assist.SourceGen.Tests.Infrastructure;

/// <summary>Schema fixtures checked in under Fixtures/, handed to the generator with stable relative paths.</summary>
internal static class Fixtures
{
    /// <summary>The YAML files of a fixture folder as (path, text), paths like <c>schema/demo/core.yaml</c>.</summary>
    public static IReadOnlyList<(string Path, string Text)> Load(string name, [CallerFilePath] string callerFile = "")
    {
        var root = Path.Combine(TestsFolder(callerFile), "Fixtures", name);
        return Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => ("schema/" + Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
    }

    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot() => Assist.TestKit.RepositoryRoot.Path;

    private static string TestsFolder(string callerFile)
    {
        var folder = Path.GetDirectoryName(callerFile)!;
        while (!File.Exists(Path.Combine(folder, "Assist.SourceGen.Tests.csproj")))
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        return folder;
    }
}
