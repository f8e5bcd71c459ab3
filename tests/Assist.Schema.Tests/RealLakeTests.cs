using Assist.Schema;
using Xunit;

namespace Assist.Schema.Tests;

/// <summary>The lake's own schema/ directory loads without a single diagnostic.</summary>
public sealed class RealLakeTests
{
    [Fact]
    public void Repository_schema_directory_has_no_diagnostics()
    {
        var schema = Path.Combine(RepositoryRoot(), "schema");

        var result = SchemaLoader.LoadDirectory(schema);

        Assert.Equal("", string.Join("\n", result.Diagnostics));
        Assert.True(result.Schema.Tables.Count() >= 22, $"only {result.Schema.Tables.Count()} tables");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(Corpus.Root);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Assist.Query.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Assist.Query.sln not found above " + Corpus.Root);
    }
}
