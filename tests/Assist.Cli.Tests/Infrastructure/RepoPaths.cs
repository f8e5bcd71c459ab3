using Assist.TestKit;

namespace Assist.Cli.Tests.Infrastructure;

/// <summary>Paths in the repository, wherever the test binaries were built.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root.</summary>
    public static string Root => RepositoryRoot.Path;

    /// <summary>The lake's schema folder.</summary>
    public static string Schema => Path.Combine(Root, "schema");

    /// <summary>This test project's folder.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "Assist.Cli.Tests");
}
