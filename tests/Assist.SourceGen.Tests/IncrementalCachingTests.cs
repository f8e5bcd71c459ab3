using Assist.SourceGen.Parsing;
using Assist.SourceGen.Specs;
using Assist.SourceGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Assist.SourceGen.Tests;

/// <summary>The generator's steps are cached across edits that do not concern them.</summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] AllSteps =
    [
        AssistGenerator.Steps.SchemaFiles, AssistGenerator.Steps.ParsedFiles, AssistGenerator.Steps.RootNamespace, AssistGenerator.Steps.Lake,
        AssistGenerator.Steps.EntityInputs, AssistGenerator.Steps.EntityResults, AssistGenerator.Steps.Diagnostics, AssistGenerator.Steps.Entities, AssistGenerator.Steps.Enums,
        AssistGenerator.Steps.Root, AssistGenerator.Steps.Xref,
    ];

    [Fact]
    public void After_an_unrelated_csharp_edit_every_step_is_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation("public static class Program { }");
        var driver = GeneratorHarness.CreateDriver(Fixtures.Load("Feature")).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Other { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            var reasons = Outputs(result, step).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }
    }

    [Fact]
    public void After_a_yaml_edit_to_one_table_only_what_depends_on_it_is_modified()
    {
        var texts = Fixtures.Load("Feature").Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation);

        var core = texts.Single(t => t.Path == "schema/demo/core.yaml");
        var editedText = core.GetText()!.ToString().Replace("Classes and other groups.", "Classes, and every other group.", StringComparison.Ordinal);
        var updated = driver
            .ReplaceAdditionalText(core, new InMemoryAdditionalText(core.Path, editedText))
            .RunGenerators(compilation)
            .GetRunResult().Results.Single();

        // Only the edited file is parsed again; the others' fragments come from the cache.
        var parsed = updated.TrackedSteps[AssistGenerator.Steps.ParsedFiles]
            .Select(s => (Path: ((ParsedSchemaFile)s.Outputs.Single().Value).Path, s.Outputs.Single().Reason))
            .ToDictionary(p => p.Path, p => p.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, parsed["schema/demo/core.yaml"]);
        Assert.Equal(3, parsed.Count(p => p.Value is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var entities = Outputs(updated, AssistGenerator.Steps.Entities).ToDictionary(o => ((EntitySpec)o.Value).ClassName, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, entities["Group"]);
        Assert.All(entities.Where(e => e.Key != "Group"), e => Assert.True(e.Value is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, e.Key + ": " + e.Value));
        Assert.All(Outputs(updated, AssistGenerator.Steps.Enums), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(Outputs(updated, AssistGenerator.Steps.Xref), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(Outputs(updated, AssistGenerator.Steps.Diagnostics), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        // The table source's summary repeats the description, so the root changes too.
        Assert.All(Outputs(updated, AssistGenerator.Steps.Root), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(Outputs(updated, AssistGenerator.Steps.Lake), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void After_a_yaml_edit_to_one_table_only_that_tables_entity_is_built_and_its_source_emitted_again()
    {
        var texts = Fixtures.Load("Feature").Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);

        // problem_logs is in content/items.yaml with problems; assignments (demo/core.yaml) references problems.
        var items = texts.Single(t => t.Path == "schema/content/items.yaml");
        var editedText = items.GetText()!.ToString().Replace("One row per attempt.", "One row per try.", StringComparison.Ordinal);
        Assert.NotEqual(items.GetText()!.ToString(), editedText);
        var updated = driver
            .ReplaceAdditionalText(items, new InMemoryAdditionalText(items.Path, editedText))
            .RunGenerators(compilation)
            .GetRunResult().Results.Single();

        // The edited file's two tables were parsed again, and assignments navigates to one of them, so those three are
        // built again; every other table's entity comes from the cache without being built.
        var built = Outputs(updated, AssistGenerator.Steps.EntityResults)
            .Where(o => o.Reason is not IncrementalStepRunReason.Cached)
            .Select(o => ((EntityResult)o.Value).Spec.ClassName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(["Assignment", "Problem", "ProblemLog"], built);

        // Only the edited table's source is emitted again: its text changed, every other source is the cached one.
        var modified = Outputs(updated, AssistGenerator.Steps.Entities)
            .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .Select(o => ((EntitySpec)o.Value).ClassName);
        Assert.Equal(["ProblemLog"], modified);
        var after = updated.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var changed = after.Where(s => !ReferenceEquals(s.Value, before[s.Key])).Select(s => s.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["Content.Items.ProblemLog.g.cs", "Lake.g.cs"], changed);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs) : [];
}
