using Assist.Cli.Arguments;
using Assist.Cli.Commands;
using Assist.Schema;

namespace Assist.Cli.SchemaInput;

/// <summary>
/// Finds the schema a verb works on: the folder named on the command line, else ./schema, else the lake schema
/// built into assist.
/// </summary>
internal static class SchemaSource
{
    /// <summary>The folder used when none is named.</summary>
    public const string DefaultDirectory = "schema";

    /// <summary>What messages call the built-in schema.</summary>
    public const string BuiltInOrigin = "the lake schema built into assist";

    /// <summary>Loads the schema; a named folder that does not exist is a usage error (exit 2).</summary>
    public static LoadedSchema Load(string? directory, CliContext context, string verb)
    {
        if (directory is null)
        {
            if (!Directory.Exists(Path.Combine(context.WorkingDirectory, DefaultDirectory)))
            {
                var files = EmbeddedLakeSchema.Files();
                return new LoadedSchema(SchemaLoader.Load(files), BuiltInOrigin, files.Count);
            }

            directory = DefaultDirectory;
        }

        var full = Path.GetFullPath(directory, context.WorkingDirectory);
        if (File.Exists(full))
        {
            throw new CliUsageException($"assist {verb}: '{directory}' is a file; name the folder that holds the schema's *.yaml files.");
        }

        if (!Directory.Exists(full))
        {
            throw new CliUsageException($"assist {verb}: schema folder '{directory}' does not exist.");
        }

        var result = SchemaLoader.LoadDirectory(full);
        var count = Directory.EnumerateFiles(full, "*.yaml", SearchOption.AllDirectories).Count();
        return new LoadedSchema(RelativeTo(result, context.WorkingDirectory), directory, count);
    }

    // Diagnostics name files relative to where the user is, as compilers do, so editors can jump to them.
    private static SchemaLoadResult RelativeTo(SchemaLoadResult result, string workingDirectory)
    {
        var diagnostics = result.Diagnostics
            .Select(d => Path.IsPathRooted(d.Span.File)
                ? d with { Span = d.Span with { File = Path.GetRelativePath(workingDirectory, d.Span.File) } }
                : d)
            .ToList();
        return result with { Diagnostics = diagnostics };
    }
}
