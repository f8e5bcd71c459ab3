namespace Assist.Cli.SchemaInput;

/// <summary>Shows schema file paths the way the user named the folder, so editors and diffs find them.</summary>
internal static class DisplayPaths
{
    /// <summary><paramref name="line"/> with the folder's full path <paramref name="root"/> written as <paramref name="shown"/>.</summary>
    public static string Relative(string line, string root, string shown) =>
        line.Replace(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, shown.TrimEnd('/', Path.DirectorySeparatorChar) + "/", StringComparison.Ordinal);
}
