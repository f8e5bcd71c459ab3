using Assist.TestKit;

namespace Assist.Lake.Tests.Support;

/// <summary>Paths inside the repository checkout the tests run from.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding Assist.Query.sln.</summary>
    public static string Root => RepositoryRoot.Path;

    /// <summary>The lake's YAML schema.</summary>
    public static string SchemaDirectory => Path.Combine(Root, "schema");
}
