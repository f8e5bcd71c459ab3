using Assist.TestKit;
using Assist.Cli.Synth;
using Assist.Schema;
using Assist.Schema.Model;

namespace Assist.Lake.Tests.Support;

/// <summary>Loads the repository's schema and writes small synthetic lakes.</summary>
internal static class SynthLakes
{
    private static readonly Lazy<LakeSchema> s_schema = new(() =>
    {
        var result = SchemaLoader.LoadDirectory(RepoPaths.SchemaDirectory);
        if (result.HasErrors)
        {
            throw new InvalidOperationException("schema/ has errors:\n" + string.Join("\n", result.Diagnostics));
        }

        return result.Schema;
    });

    /// <summary>The lake schema of the repository.</summary>
    public static LakeSchema Schema => s_schema.Value;

    /// <summary>Writes a lake of <paramref name="students"/> students into <paramref name="directory"/>.</summary>
    public static LakeSynthesizer.Result Write(string directory, int students, long seed) =>
        new LakeSynthesizer(Schema, new SynthOptions(directory, students, seed), TextWriter.Null).Run(CancellationToken.None);
}

/// <summary>One small synthetic lake (80 students, seed 42) shared by a test class.</summary>
public sealed class SynthLakeFixture : IDisposable
{
    private readonly TempFolder _folder = new("assist-synth");

    public SynthLakeFixture()
    {
        Directory = _folder.Combine("lake");
        Result = SynthLakes.Write(Directory, Students, 42);
    }

    public const int Students = 80;

    public string Directory { get; }

    internal LakeSynthesizer.Result Result { get; }

    public void Dispose() => _folder.Dispose();
}
