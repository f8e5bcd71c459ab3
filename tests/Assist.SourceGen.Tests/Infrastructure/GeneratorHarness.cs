using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Assist.SourceGen.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="AssistGenerator"/> the way the compiler does, over in-memory YAML and C#, and compiles the result
/// with the settings researchers' projects use: nullable on, warnings as errors, XML docs checked.
/// </summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, "Source" + i + ".cs")),
            s_references.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver CreateDriver(IEnumerable<(string Path, string Text)> files, string? rootNamespace = null) =>
        CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList(), rootNamespace);

    public static GeneratorDriver CreateDriver(IReadOnlyList<AdditionalText> texts, string? rootNamespace = null)
    {
        var globals = new Dictionary<string, string>();
        if (rootNamespace is not null)
        {
            globals["build_property.AssistLakeNamespace"] = rootNamespace;
        }

        return CSharpGeneratorDriver.Create(
            [new AssistGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new TestOptionsProvider(globals),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once; returns its result and the compilation with the generated files.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, GeneratorDriver Driver) Run(
        IEnumerable<(string Path, string Text)> files, params string[] sources)
    {
        var driver = CreateDriver(files).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out _);
        return (driver.GetRunResult(), output, driver);
    }

    /// <summary>Errors and warnings of a compilation, as <c>id: message</c> lines with file and line.</summary>
    public static IReadOnlyList<string> Problems(Compilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .Select(Describe)
            .ToList();

    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var where = d.Location == Location.None ? "" : span.Path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): ";
        // The default severity: warnings-as-errors would otherwise show every schema warning as an error.
        return where + d.DefaultSeverity.ToString().ToLowerInvariant() + " " + d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToHashSet(StringComparer.Ordinal);
        paths.Add(typeof(Assist.Query.Metadata.LakeModel).Assembly.Location);

        // Generated metadata builds structured column types (Assist.Schema.Model.SqlType) from Assist.Schema.dll, next to Assist.Query.dll.
        paths.Add(Path.Combine(Path.GetDirectoryName(typeof(Assist.Query.Metadata.LakeModel).Assembly.Location)!, "Assist.Schema.dll"));

        // The real lake's assembly (referenced for RealLakeTests) would clash with the code generated in these tests, and
        // so would the generator's (it compiles Assist.Schema's public types into itself; a consumer never references it).
        return [.. paths
            .Where(p => p.Length > 0 && !p.EndsWith("Assist.Lake.dll", StringComparison.Ordinal) && !p.EndsWith("Assist.SourceGen.dll", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
