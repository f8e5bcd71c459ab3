using System.Text;
using Assist.Schema;

namespace Assist.Cli.SchemaInput;

/// <summary>
/// The lake's YAML (schema/**/*.yaml of the repo), embedded in assist at build time so that an installed tool knows
/// the lake without a checkout. Used when no schema folder is named and ./schema does not exist.
/// </summary>
internal static class EmbeddedLakeSchema
{
    /// <summary>Logical resource names start with this (set in Assist.Cli.csproj).</summary>
    public const string ResourcePrefix = "lake-schema/";

    /// <summary>How diagnostics name the embedded files: <c>&lt;built-in&gt;/schema/cas_core/core.yaml</c>.</summary>
    public const string DisplayPrefix = "<built-in>/schema/";

    /// <summary>The embedded files, ordered by path.</summary>
    public static IReadOnlyList<SchemaFile> Files()
    {
        var assembly = typeof(EmbeddedLakeSchema).Assembly;
        var files = new List<SchemaFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            // RecursiveDir uses the build machine's separator; normalise so Windows-built tools print the same paths.
            var relative = name[ResourcePrefix.Length..].Replace('\\', '/');
            files.Add(new SchemaFile(DisplayPrefix + relative, reader.ReadToEnd()));
        }

        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Loads and validates the embedded lake schema.</summary>
    public static SchemaLoadResult Load() => SchemaLoader.Load(Files());
}
