namespace Assist.Cli.Disclosure;

/// <summary>
/// Writes a whole folder atomically: everything goes into a hidden sibling folder, which is renamed to the target
/// only when complete. On failure the sibling is deleted and the target is untouched.
/// </summary>
internal static class FolderSwap
{
    /// <summary>Runs <paramref name="write"/> on a temporary folder and renames it to <paramref name="target"/>, which must not exist or be empty.</summary>
    public static T Write<T>(string target, Func<string, T> write)
    {
        var parent = Path.GetDirectoryName(target) ?? target;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, "." + Path.GetFileName(target) + ".assist-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(temp);
        try
        {
            var result = write(temp);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(temp, target);
            return result;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
