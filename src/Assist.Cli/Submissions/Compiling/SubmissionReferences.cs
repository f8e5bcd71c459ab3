using Assist.Query;
using Microsoft.CodeAnalysis;

namespace Assist.Cli.Submissions.Compiling;

/// <summary>
/// What a submission compiles against: the net10.0 reference assemblies (not the machine's runtime, so the result is
/// the same everywhere) plus the lake API assemblies loaded in this process. The allowlist then decides which of
/// their symbols the submission may bind to.
/// </summary>
internal static class SubmissionReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_all = new(Create);

    public static IReadOnlyList<MetadataReference> All => s_all.Value;

    private static List<MetadataReference> Create()
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);

        // Assist.Query's public API mentions DuckDB types (terminal operators); the compiler needs them to report
        // those calls as AS2120 rather than as a missing reference.
        var duckDb = typeof(DuckDB.NET.Data.DuckDBConnection).Assembly.Location;
        var files = new[]
        {
            typeof(Query<>).Assembly.Location,
            typeof(Assist.Lake.Lake).Assembly.Location,
            duckDb,
            Path.Combine(Path.GetDirectoryName(duckDb)!, "DuckDB.NET.Bindings.dll"),
        };
        foreach (var file in files.Where(File.Exists))
        {
            references.Add(MetadataReference.CreateFromFile(file));
        }

        return references;
    }
}
