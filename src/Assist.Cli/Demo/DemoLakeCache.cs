using System.Security.Cryptography;
using System.Text;
using Assist.Cli.Synth;
using Assist.Schema;

namespace Assist.Cli.Demo;

/// <summary>
/// The demo's synthetic lake, kept in the user's cache folder and reused: one folder per (schema, generator version,
/// students, seed), written by the synthesizer's temp-folder-and-rename, so a folder that exists is complete.
/// </summary>
internal static class DemoLakeCache
{
    // Bump when the generator's output changes, so an old cached lake is not reused.
    private const string GeneratorVersion = "1";

    /// <summary>The cache root: $XDG_CACHE_HOME/assist, else ~/.cache/assist (the local app data folder on Windows).</summary>
    public static string Root()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg))
        {
            return Path.Combine(xdg, "assist");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "assist", "cache")
            : Path.Combine(home.Length > 0 ? home : Path.GetTempPath(), ".cache", "assist");
    }

    /// <summary>The folder for a lake of these files, students and seed.</summary>
    public static string FolderFor(IReadOnlyList<SchemaFile> schemaFiles, int students, long seed)
    {
        var text = new StringBuilder(GeneratorVersion);
        foreach (var file in schemaFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append('\0').Append(file.Path).Append('\0').Append(file.Text);
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12].ToLowerInvariant();
        return Path.Combine(Root(), FormattableString.Invariant($"demo-lake-{hash}-n{students}-s{seed}"));
    }

    /// <summary>Returns the cached lake, generating it first when it is not there (progress on <paramref name="progress"/>).</summary>
    public static (string Folder, bool Reused) Ensure(SchemaLoadResult schema, IReadOnlyList<SchemaFile> files, int students, long seed, TextWriter progress, CancellationToken cancellation)
    {
        var folder = FolderFor(files, students, seed);
        if (Directory.Exists(folder))
        {
            return (folder, true);
        }

        new LakeSynthesizer(schema.Schema, new SynthOptions(folder, students, seed), progress).Run(cancellation);
        return (folder, false);
    }
}
