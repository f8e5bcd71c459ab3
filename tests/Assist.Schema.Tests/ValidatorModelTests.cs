using Assist.Schema;
using Assist.Schema.Model;
using Xunit;

namespace Assist.Schema.Tests;

/// <summary>The validator on models built in code (no YAML), including what YAML cannot express.</summary>
public sealed class ValidatorModelTests
{
    [Fact]
    public void Duplicate_table_in_one_schema_is_reported()
    {
        var first = NamingTests.Table("problem_logs", NamingTests.Column("id")) with { Span = new SourceSpan("a.yaml", 3, 3) };
        var second = first with { Span = new SourceSpan("a.yaml", 9, 3) };
        var schema = new SchemaDef("cas_core", "student_data", null, new[] { first, second }, new SourceSpan("a.yaml", 2, 9));
        var catalog = new CatalogDef("cas_core", null, "cas_core", null, "cas_core", new[] { schema }, new SourceSpan("lake.yaml", 2, 3));

        var diagnostics = SchemaValidator.Validate(new LakeSchema(new[] { catalog }, Array.Empty<EnumDef>(), null));

        Assert.Equal("a.yaml(9,3): error AS0112", Corpus.Format(diagnostics));
    }

    [Fact]
    public void Code_built_column_without_a_parsed_type_is_reported()
    {
        var column = NamingTests.Column("score", "decimal(50,2)") with { Span = new SourceSpan("x.yaml", 4, 5) };
        var table = NamingTests.Table("results", column);
        var schema = new SchemaDef("cas_core", "student_data", null, new[] { table }, SourceSpan.None);
        var catalog = new CatalogDef("cas_core", null, "cas_core", null, "cas_core", new[] { schema }, SourceSpan.None);

        var diagnostics = SchemaValidator.Validate(new LakeSchema(new[] { catalog }, Array.Empty<EnumDef>(), null));

        Assert.Equal("x.yaml(4,5): error AS0203: column 'score' has type 'decimal(50,2)': decimal(50,2) is out of bounds: 1 <= p <= 38 and 0 <= s <= p", string.Join("\n", diagnostics));
    }
}
