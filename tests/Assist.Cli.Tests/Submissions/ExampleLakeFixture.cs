using Assist.Cli.Synth;
using Assist.Cli.Tests.Infrastructure;
using Assist.Schema;
using Assist.TestKit;

namespace Assist.Cli.Tests.Submissions;

/// <summary>A small synthetic lake (60 students, seed 11) the example submissions run on.</summary>
public sealed class ExampleLakeFixture : IDisposable
{
    private readonly TempFolder _folder = new("assist-examples");

    public ExampleLakeFixture()
    {
        Lake = _folder.Combine("lake");
        var schema = SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema;
        new LakeSynthesizer(schema, new SynthOptions(Lake, 60, 11), TextWriter.Null).Run(CancellationToken.None);
    }

    public string Lake { get; }

    public void Dispose() => _folder.Dispose();
}
