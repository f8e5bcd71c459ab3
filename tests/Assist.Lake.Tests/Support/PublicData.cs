using Assist.TestKit;

namespace Assist.Lake.Tests.Support;

/// <summary>
/// The public ASSISTments files of shared/public-data, found next to the repository (<c>&lt;repo&gt;/../shared/public-data</c>),
/// never copied into it. CI clones the repository with a copy of shared/ beside it; a git worktree one level deeper
/// (<c>wt/&lt;name&gt;</c>) finds the same folder further up, so the nearest <c>shared/public-data</c> above the root is used.
/// </summary>
internal static class PublicData
{
    public static string Directory { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(RepositoryRoot.Path).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "public-data");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "public-data"));
    }

    /// <summary>The full path of a file; fails with where it looked when the file is not there.</summary>
    public static string File(string name)
    {
        var path = Path.Combine(Directory, name);
        return System.IO.File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The public data file {name} is not at {path}: these tests read shared/public-data next to the repository.", path);
    }
}

/// <summary>Each public file imported once (lazily) into its own lake, shared by the import test classes.</summary>
public sealed class PublicLakesFixture : IDisposable
{
    private readonly TempFolder _folder = new("assist-import");
    private readonly Dictionary<string, Lazy<Task<string>>> _lakes = new(StringComparer.Ordinal);

    public PublicLakesFixture()
    {
        foreach (var (name, format, year) in new[]
        {
            ("assistments-2017-sample.csv.gz", "assistments-2017", "2004"),
            ("assist2009-responses.csv.gz", "responses", "2009"),
            ("assist2015-responses.csv.gz", "responses", "2015"),
            ("assist2017-responses.csv.gz", "responses", "2004"),
        })
        {
            _lakes[name] = new Lazy<Task<string>>(() => Import(name, format, year));
        }
    }

    /// <summary>The lake made from <paramref name="file"/>.</summary>
    public Task<string> Lake(string file) => _lakes[file].Value;

    private async Task<string> Import(string file, string format, string year)
    {
        var lake = _folder.Combine(Path.GetFileNameWithoutExtension(file));
        var result = await CliRunner.Run(new Assist.Cli.Commands.ImportCommand(), _folder.Path,
            format, PublicData.File(file), "--out", lake, "--school-year", year, "--schema", RepoPaths.SchemaDirectory);
        return result.Code == 0 ? lake : throw new InvalidOperationException($"import of {file} failed ({result.Code}): {result.Error}");
    }

    public void Dispose() => _folder.Dispose();
}
