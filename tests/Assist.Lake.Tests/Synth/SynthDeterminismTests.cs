using Assist.TestKit;
using System.Security.Cryptography;
using Assist.Lake.Tests.Support;

namespace Assist.Lake.Tests.Synth;

/// <summary>The same seed gives byte-identical files; another seed gives other data.</summary>
public sealed class SynthDeterminismTests(SynthLakeFixture fixture) : IClassFixture<SynthLakeFixture>
{
    [Fact]
    public void The_same_seed_gives_identical_files_and_another_seed_other_data()
    {
        using var folder = new TempFolder("assist-synth-det");
        var again = folder.Combine("again");
        var other = folder.Combine("other");
        SynthLakes.Write(again, SynthLakeFixture.Students, 42);
        SynthLakes.Write(other, SynthLakeFixture.Students, 7);

        var first = Hashes(fixture.Directory);
        Assert.NotEmpty(first);
        Assert.Equal(first, Hashes(again));

        var different = Hashes(other);
        Assert.Equal(first.Keys, different.Keys);
        const string problemLogs = "cas_core/student_data/problem_logs/data_0.parquet";
        Assert.NotEqual(first[problemLogs], different[problemLogs]);
    }

    private static SortedDictionary<string, string> Hashes(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
