using Assist.TestKit;

namespace Assist.Cli.Tests.SchemaImport;

/// <summary>Copies a schema folder for a test to change, and returns what it holds (to compare after).</summary>
internal static class SchemaCopy
{
    public static IReadOnlyList<(string Path, string Text)> Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return TempFolder.ReadAll(to);
    }
}
