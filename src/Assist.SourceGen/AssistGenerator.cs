using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Assist.SourceGen.Diagnostics;
using Assist.SourceGen.Emitting;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Parsing;
using Assist.SourceGen.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Assist.SourceGen;

/// <summary>
/// Generates the typed lake API from the YAML schema files given as <c>AdditionalFiles</c>. Only wires the pipeline:
/// parsing is <see cref="LakeParser"/>, emitting the <c>Emitting</c> classes.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AssistGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property (made compiler-visible by the package) that sets the root namespace.</summary>
    public const string NamespaceProperty = "build_property.AssistLakeNamespace";

    /// <summary>Tracking names of the pipeline steps, for the incremental tests.</summary>
    public static class Steps
    {
        /// <summary>Each YAML file read.</summary>
        public const string SchemaFiles = "SchemaFiles";

        /// <summary>Each YAML file parsed alone (re-run only for the file that changed).</summary>
        public const string ParsedFiles = "ParsedFiles";

        /// <summary>The root namespace option.</summary>
        public const string RootNamespace = "RootNamespace";

        /// <summary>The whole schema combined and validated (re-run on any YAML edit).</summary>
        public const string Lake = "Lake";

        /// <summary>Each table's entity input (compared per table).</summary>
        public const string EntityInputs = "EntityInputs";

        /// <summary>Each table's entity built, with its diagnostics (re-run only for a changed input).</summary>
        public const string EntityResults = "EntityResults";

        /// <summary>The diagnostics.</summary>
        public const string Diagnostics = "Diagnostics";

        /// <summary>One entity per table.</summary>
        public const string Entities = "Entities";

        /// <summary>One enum per enumeration.</summary>
        public const string Enums = "Enums";

        /// <summary>The Lake root.</summary>
        public const string Root = "Root";

        /// <summary>The xref registration.</summary>
        public const string Xref = "Xref";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => IsSchemaFile(text.Path))
            .Select(static (text, ct) => new SchemaFileInput(text.Path, text.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName(Steps.SchemaFiles)
            .Select(static (file, _) => new ParsedSchemaFile(file.Path, file.Text))
            .WithTrackingName(Steps.ParsedFiles);

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ReadRootNamespace(options))
            .WithTrackingName(Steps.RootNamespace);

        var lake = files.Collect()
            .Combine(rootNamespace)
            .Select(static (input, ct) => LakeParser.Model(input.Left, input.Right, ct))
            .WithTrackingName(Steps.Lake);

        // Per table: an edit re-builds and re-emits only the entities whose inputs changed (EntityInput).
        var entityResults = lake
            .SelectMany(static (model, _) => model.Tables)
            .WithTrackingName(Steps.EntityInputs)
            .Select(static (input, _) => EntitySpecBuilder.Build(input))
            .WithTrackingName(Steps.EntityResults);

        var diagnostics = lake
            .Select(static (model, _) => model.SchemaDiagnostics)
            .Combine(entityResults.Select(static (result, _) => result.Diagnostics).Collect())
            .Select(static (input, _) => LakeSpecBuilder.Merge(input.Left, input.Right))
            .WithTrackingName(Steps.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) => Report(spc, list));

        var entities = entityResults.Select(static (result, _) => result.Spec).WithTrackingName(Steps.Entities);
        context.RegisterSourceOutput(entities, static (spc, entity) => Add(spc, entity.HintName, () => EntityEmitter.Emit(entity)));

        var enums = lake.SelectMany(static (model, _) => model.Enums.AsImmutableArray()).WithTrackingName(Steps.Enums);
        context.RegisterSourceOutput(enums, static (spc, spec) => Add(spc, spec.HintName, () => EnumEmitter.Emit(spec)));

        var root = lake.Select(static (model, _) => model.Root).WithTrackingName(Steps.Root);
        context.RegisterSourceOutput(root, static (spc, spec) =>
        {
            if (spec.Catalogs.Count > 0)
            {
                Add(spc, RootEmitter.HintName, () => RootEmitter.Emit(spec));
            }
        });

        var xref = lake.Select(static (model, _) => model.Xref).WithTrackingName(Steps.Xref);
        context.RegisterSourceOutput(xref, static (spc, spec) =>
        {
            if (spec is not null)
            {
                Add(spc, XrefEmitter.HintName, () => XrefEmitter.Emit(spec));
            }
        });
    }

    private static bool IsSchemaFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string ReadRootNamespace(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue(NamespaceProperty, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : LakeParser.DefaultRootNamespace;

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(diagnostic));
        }
    }

    // The boundary: an emitter bug becomes one ASG0001 diagnostic instead of a generator crash (CS8785).
    private static void Add(SourceProductionContext context, string hintName, Func<string> emit)
    {
        try
        {
            context.AddSource(hintName, SourceText.From(emit(), System.Text.Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticReporter.ToDiagnostic(new DiagnosticInfo(
                GeneratorDiagnosticCodes.InternalError,
                DiagnosticLevel.Error,
                "The Assist generator failed writing " + hintName + ": " + exception.GetType().Name + ": " + exception.Message,
                "", 0, 0, 0, 0, 0, 0)));
        }
    }
}
