using Assist.Cli.SchemaInput;
using Assist.Cli.Tests.Infrastructure;
using Xunit;

namespace Assist.Cli.Tests;

public sealed class EmbeddedLakeSchemaTests
{
    [Fact]
    public void The_tool_carries_exactly_the_repos_schema_files()
    {
        var onDisk = Directory.EnumerateFiles(RepoPaths.Schema, "*.yaml", SearchOption.AllDirectories)
            .Select(f => (EmbeddedLakeSchema.DisplayPrefix + Path.GetRelativePath(RepoPaths.Schema, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();

        var embedded = EmbeddedLakeSchema.Files().Select(f => (f.Path, f.Text)).ToList();

        Assert.Equal(onDisk.Select(f => f.Item1), embedded.Select(f => f.Path));
        Assert.Equal(onDisk, embedded);
    }

    [Fact]
    public void The_built_in_schema_loads_without_diagnostics()
    {
        var result = EmbeddedLakeSchema.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(22, result.Schema.Tables.Count());
    }
}
