using Assist.Schema;
using Assist.Schema.Model;

namespace Assist.Cli.Import;

/// <summary>A schema folder's files and what they load to; an import's starting point (the folder may be empty or new).</summary>
/// <param name="Root">The folder's full path.</param>
/// <param name="Files">Its <c>*.yaml</c> files (full paths) and texts.</param>
/// <param name="Result">What they load to; an empty schema without diagnostics for an empty folder.</param>
internal sealed record SchemaFolder(string Root, IReadOnlyList<SchemaFile> Files, SchemaLoadResult Result)
{
    /// <summary>Reads every <c>*.yaml</c> file under <paramref name="root"/> (none when it does not exist) and loads them.</summary>
    public static SchemaFolder Read(string root)
    {
        var files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(p => new SchemaFile(p, File.ReadAllText(p)))
                .ToList()
            : [];
        var result = files.Count == 0
            ? new SchemaLoadResult(new LakeSchema([], [], null), [])
            : SchemaLoader.Load(files);
        return new SchemaFolder(root, files, result);
    }
}
