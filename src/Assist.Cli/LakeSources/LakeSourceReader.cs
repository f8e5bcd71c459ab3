using Assist.Cli.Arguments;
using Assist.Schema.Drift;

namespace Assist.Cli.LakeSources;

/// <summary>Reads the lake a diff or import compares with: an information_schema CSV file, or a lake folder of Parquet files.</summary>
internal static class LakeSourceReader
{
    /// <summary>
    /// Reads <paramref name="source"/> as <paramref name="kind"/> (<c>information-schema</c> or <c>parquet</c>; null
    /// picks by what the path is). A missing path is a usage error; bad content a <see cref="LakeSourceException"/>.
    /// </summary>
    public static ObservedLake Read(string source, string? kind, string workingDirectory, string verb)
    {
        var full = Path.GetFullPath(source, workingDirectory);
        kind ??= Directory.Exists(full) ? "parquet" : "information-schema";
        switch (kind)
        {
            case "information-schema":
                if (!File.Exists(full))
                {
                    throw new CliUsageException($"assist {verb}: information_schema export '{source}' is not a file.");
                }

                return InformationSchemaCsv.Parse(source, File.ReadAllText(full));
            case "parquet":
                if (!Directory.Exists(full))
                {
                    throw new CliUsageException($"assist {verb}: lake folder '{source}' does not exist.");
                }

                return ParquetLakeReader.Read(full);
            default:
                throw new CliUsageException($"assist {verb}: --from must be information-schema or parquet, not '{kind}'.");
        }
    }
}
