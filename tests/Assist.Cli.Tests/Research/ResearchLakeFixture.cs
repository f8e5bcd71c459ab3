using Assist.Cli.Synth;
using Assist.Cli.Tests.Infrastructure;
using Assist.Schema;
using Assist.TestKit;
using Xunit;

namespace Assist.Cli.Tests.Research;

/// <summary>
/// One synthetic lake (150 students, seed 5, the default school years 2023-24 and 2024-25) shared by the research
/// example tests: about 56,000 problem logs, several classes in each school year, every WPI skill model.
/// </summary>
public sealed class ResearchLakeFixture : IDisposable
{
    private readonly TempFolder _folder = new("assist-research");

    public ResearchLakeFixture()
    {
        Lake = _folder.Combine("lake");
        var schema = SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema;
        new LakeSynthesizer(schema, new SynthOptions(Lake, 150, 5), TextWriter.Null).Run(CancellationToken.None);
    }

    /// <summary>The lake folder.</summary>
    public string Lake { get; }

    public void Dispose() => _folder.Dispose();
}

/// <summary>The test classes that share <see cref="ResearchLakeFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ResearchLakeCollection : ICollectionFixture<ResearchLakeFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "research lake";
}
