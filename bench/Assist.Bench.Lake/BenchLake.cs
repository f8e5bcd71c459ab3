using Assist.Cli.Synth;
using Assist.Schema;

namespace Assist.Bench.Lake;

/// <summary>
/// The synthetic lake the benchmarks read: 2,800 students (about 1.06 million problem logs), written once to the
/// temp folder by <c>assist synth</c>'s generator and reused by later runs; other sizes on request.
/// </summary>
internal static class BenchLake
{
    public const int Students = 2800;

    public static string Ensure() => Ensure(Students, 42);

    /// <summary>A lake of <paramref name="students"/> students (about 370 problem logs each) from <paramref name="seed"/>.</summary>
    public static string Ensure(int students, long seed)
    {
        // The calendar is in the name: a lake cached by a build with other school years is not reused.
        var calendar = SynthCalendar.Recent;
        var folder = Path.Combine(Path.GetTempPath(), $"assist-bench-lake-{students}-s{seed}-{calendar.FirstYear}x{calendar.Years}");
        if (Directory.Exists(folder))
        {
            return folder;
        }

        var schema = SchemaLoader.LoadDirectory(FindSchema());
        if (schema.HasErrors)
        {
            throw new InvalidOperationException("schema/ has errors: " + string.Join("\n", schema.Diagnostics));
        }

        new LakeSynthesizer(schema.Schema, new SynthOptions(folder, students, seed), Console.Error).Run(CancellationToken.None);
        return folder;
    }

    /// <summary>The repository's schema folder.</summary>
    public static string FindSchema() => Path.Combine(RepositoryRoot(), "schema");

    /// <summary>The repository root above the working directory.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assist.Query.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (schema/ is read from its root).");
    }
}
