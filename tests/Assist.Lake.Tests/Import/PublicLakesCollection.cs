using Assist.Lake.Tests.Support;

namespace Assist.Lake.Tests.Import;

/// <summary>The test classes that share the imported public lakes (each file is imported once per run).</summary>
[CollectionDefinition(Name)]
public sealed class PublicLakesCollection : ICollectionFixture<PublicLakesFixture>
{
    public const string Name = "public lakes";
}
