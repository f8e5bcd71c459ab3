using System.Collections.Immutable;
using System.Reflection;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Parsing;
using Assist.SourceGen.Specs;
using Assist.SourceGen.Tests.Infrastructure;
using Xunit;

namespace Assist.SourceGen.Tests;

/// <summary>The specs that flow through the pipeline are plain, equatable values (the incremental cache depends on it).</summary>
public sealed class SpecShapeTests
{
    private static readonly string[] ForbiddenNamespaces = ["Microsoft.CodeAnalysis", "Assist.Schema", "YamlDotNet"];

    [Fact]
    public void No_spec_type_holds_a_roslyn_schema_model_or_yaml_type()
    {
        var seen = new HashSet<Type>();
        var offenders = new List<string>();
        Walk(typeof(LakeSpec), "LakeSpec", seen, offenders);
        Walk(typeof(SchemaFileInput), "SchemaFileInput", seen, offenders);

        Assert.Empty(offenders);
        // The walk must actually reach the nested specs, or it proves nothing.
        Assert.Contains(typeof(NavigationSpec), seen);
        Assert.Contains(typeof(Diagnostics.DiagnosticInfo), seen);
    }

    [Fact]
    public void Every_spec_type_is_a_sealed_equatable_record_or_a_value()
    {
        var seen = new HashSet<Type>();
        Walk(typeof(LakeSpec), "LakeSpec", seen, []);
        foreach (var type in seen.Where(t => t.Assembly == typeof(LakeSpec).Assembly && t.IsClass && !t.IsArray))
        {
            Assert.True(type.IsSealed, type.Name + " is not sealed");
            Assert.True(typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type), type.Name + " is not IEquatable<itself>");
        }
    }

    [Fact]
    public void Parsing_the_same_files_twice_gives_equal_specs_that_are_not_the_same_objects()
    {
        var files = Fixtures.Load("Feature").Select(f => new ParsedSchemaFile(f.Path, f.Text)).ToImmutableArray();

        var first = LakeParser.Parse(files, "Assist.Lake", CancellationToken.None);
        var second = LakeParser.Parse(files, "Assist.Lake", CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotSame(first.Entities[0], second.Entities[0]);
        Assert.Equal(first.Entities[0], second.Entities[0]);
        Assert.True(first.Entities.Count >= 6);
    }

    [Fact]
    public void A_changed_description_makes_the_spec_unequal()
    {
        var files = Fixtures.Load("Feature").Select(f => new ParsedSchemaFile(f.Path, f.Text)).ToImmutableArray();
        var edited = files.Select(f => new ParsedSchemaFile(f.Path, f.Text.Replace("Classes and other groups.", "Groups.", StringComparison.Ordinal))).ToImmutableArray();

        var before = LakeParser.Parse(files, "Assist.Lake", CancellationToken.None);
        var after = LakeParser.Parse(edited, "Assist.Lake", CancellationToken.None);

        Assert.NotEqual(before, after);
        Assert.Equal(before.Enums, after.Enums);
        Assert.Single(before.Entities.Zip(after.Entities), p => !p.First.Equals(p.Second));
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> offenders)
    {
        if (!seen.Add(type))
        {
            return;
        }

        if (ForbiddenNamespaces.Any(ns => type.Namespace?.StartsWith(ns, StringComparison.Ordinal) == true))
        {
            offenders.Add(path + ": " + type.FullName);
            return;
        }

        foreach (var argument in type.GetGenericArguments())
        {
            Walk(argument, path + "<" + argument.Name + ">", seen, offenders);
        }

        if (type.IsArray)
        {
            Walk(type.GetElementType()!, path + "[]", seen, offenders);
        }

        if (type.Assembly != typeof(LakeSpec).Assembly)
        {
            return;
        }

        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var field in type.GetFields(all))
        {
            Walk(field.FieldType, path + "." + field.Name, seen, offenders);
        }
    }
}
