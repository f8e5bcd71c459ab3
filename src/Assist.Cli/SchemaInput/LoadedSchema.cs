using Assist.Schema;

namespace Assist.Cli.SchemaInput;

/// <summary>A schema loaded for a verb, and how to name where it came from in messages.</summary>
/// <param name="Result">The model and every diagnostic, with file paths relative to the working directory.</param>
/// <param name="Origin">The folder as the user gave it, or a phrase for the built-in schema.</param>
/// <param name="FileCount">How many YAML files were read.</param>
internal sealed record LoadedSchema(SchemaLoadResult Result, string Origin, int FileCount);
