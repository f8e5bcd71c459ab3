using Assist.Schema;
using Xunit;

namespace Assist.Schema.Tests;

/// <summary>What the corpus cannot hold: missing and empty directories, huge and unreadable files, per-file parsing.</summary>
public sealed class LoaderEdgeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assist-schema-" + Guid.NewGuid().ToString("N"));

    public LoaderEdgeTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Missing_directory_is_one_diagnostic()
    {
        var missing = Path.Combine(_folder, "nope");

        var result = SchemaLoader.LoadDirectory(missing);

        Assert.Equal($"{missing}(0,0): error AS0001: the schema directory '{missing}' does not exist", string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Directory_without_yaml_is_one_diagnostic()
    {
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a schema");

        var result = SchemaLoader.LoadDirectory(_folder);

        Assert.Equal($"{_folder}(0,0): error AS0010: the schema directory '{_folder}' holds no *.yaml files", string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Directory_load_reads_nested_files_and_names_them_by_path()
    {
        foreach (var file in Corpus.BaseFiles())
        {
            var path = Path.Combine(_folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        File.WriteAllText(Path.Combine(_folder, "cas_core", "broken.yaml"), "catalog: [");

        var result = SchemaLoader.LoadDirectory(_folder);

        Assert.Equal(7, result.Schema.Tables.Count());
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(Path.Combine(_folder, "cas_core", "broken.yaml"), diagnostic.Span.File);
        Assert.Equal("AS0002", diagnostic.Code);
    }

    [Fact]
    public void Too_large_file_on_disk_is_not_read()
    {
        var path = Path.Combine(_folder, "huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(SchemaLoader.MaxFileBytes + 1);
        }

        var result = SchemaLoader.LoadDirectory(_folder);

        Assert.Equal($"{path}(1,1): error AS0004: the file has 16777217 bytes; schema files are limited to 16777216 (16 MiB). Split it into one file per schema", string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Too_large_text_is_not_parsed()
    {
        var text = "# " + new string('x', 16 * 1024 * 1024);

        var result = SchemaLoader.Load(new[] { new SchemaFile("big.yaml", text) });

        Assert.Equal("big.yaml(1,1): error AS0004", Corpus.Format(result.Diagnostics));
    }

    [Fact]
    public void File_that_is_not_utf8_is_reported_unreadable()
    {
        var path = Path.Combine(_folder, "latin1.yaml");
        File.WriteAllBytes(path, new byte[] { 0x63, 0x3a, 0x20, 0xe9, 0xff, 0x0a });

        var result = SchemaLoader.LoadDirectory(_folder);

        Assert.Equal($"{path}(1,1): error AS0012", Corpus.Format(result.Diagnostics));
    }

    [Fact]
    public void Parse_file_then_combine_equals_load()
    {
        var files = Corpus.CaseFiles("references");

        var fragments = files.Select(SchemaLoader.ParseFile).ToList();
        var combined = SchemaLoader.Combine(fragments);
        var loaded = SchemaLoader.Load(files);

        Assert.Equal(string.Join("\n", loaded.Diagnostics), string.Join("\n", combined.Diagnostics));
        Assert.NotEmpty(loaded.Diagnostics);
    }

    [Fact]
    public void Fragment_holds_only_its_own_file()
    {
        var fragment = SchemaLoader.ParseFile(Corpus.BaseFiles().Single(f => f.Path == "lake.yaml"));

        Assert.Equal(new[] { "cas_core", "cas_content" }, fragment.Catalogs.Select(c => c.Name));
        Assert.NotNull(fragment.Xref);
        Assert.Null(fragment.Schema);
        Assert.Empty(fragment.Enums);
        Assert.Empty(fragment.Diagnostics);
    }
}
