using Assist.Cli.Arguments;
using Assist.Cli.Commands;

namespace Assist.Cli.Output;

/// <summary>The <c>--out &lt;dir&gt;</c> of a verb that writes a whole folder (synth, import): where it goes and whether it may.</summary>
internal static class OutputFolder
{
    /// <summary>
    /// The full path of <paramref name="output"/>; a usage error when it is a file, or a non-empty folder and
    /// <paramref name="force"/> was not given.
    /// </summary>
    public static string Resolve(string output, CliContext context, bool force, string verb)
    {
        var target = Path.GetFullPath(output, context.WorkingDirectory);
        if (File.Exists(target))
        {
            throw new CliUsageException($"assist {verb}: --out {output} is a file, not a folder.");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !force)
        {
            throw new CliUsageException($"assist {verb}: {output} exists and is not empty; add --force to replace it.");
        }

        return target;
    }
}
