using System.Globalization;
using Assist.Cli.SchemaInput;
using Assist.Schema;

namespace Assist.Cli.Commands.Schema;

/// <summary>Prints a loaded schema's diagnostics and the one-line summaries the schema verbs share.</summary>
internal static class SchemaReport
{
    /// <summary>Writes every diagnostic as <c>file(line,col): error AS0123: message</c>, one per line.</summary>
    public static async Task WriteDiagnosticsAsync(LoadedSchema schema, TextWriter writer)
    {
        foreach (var diagnostic in schema.Result.Diagnostics)
        {
            await writer.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Loads the schema a writing verb (synth, import) needs; when it has errors, prints them and
    /// <c>assist &lt;verb&gt;: &lt;origin&gt; has errors; &lt;consequence&gt;</c>, and returns null (exit code 1).
    /// </summary>
    public static async Task<LoadedSchema?> LoadValidAsync(string? directory, CliContext context, string verb, string consequence)
    {
        var schema = SchemaSource.Load(directory, context, verb);
        if (!schema.Result.HasErrors)
        {
            return schema;
        }

        await WriteDiagnosticsAsync(schema, context.Error).ConfigureAwait(false);
        await context.Error.WriteLineAsync($"assist {verb}: {schema.Origin} has errors; {consequence}").ConfigureAwait(false);
        return null;
    }

    /// <summary><c>3 errors, 1 warning</c>.</summary>
    public static string Counts(LoadedSchema schema)
    {
        var errors = schema.Result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = schema.Result.Diagnostics.Count - errors;
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
    }

    /// <summary><c>2 catalogs, 7 schemas, 22 tables, 250 columns, 8 enumerations</c>.</summary>
    public static string Size(LoadedSchema schema)
    {
        var lake = schema.Result.Schema;
        return string.Join(", ",
            Plural(lake.Catalogs.Count, "catalog"),
            Plural(lake.Catalogs.Sum(c => c.Schemas.Count), "schema"),
            Plural(lake.Tables.Count(), "table"),
            Plural(lake.Tables.Sum(t => t.Columns.Count), "column"),
            Plural(lake.Enums.Count, "enumeration"));
    }

    /// <summary><c>1 error</c>, <c>2 errors</c>.</summary>
    public static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
