extern alias generator;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using AssistGenerator = generator::Assist.SourceGen.AssistGenerator;

namespace Assist.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the source generator over a schema folder and compiles its output, as a consumer project would. The
/// generator is referenced under an alias: it compiles Assist.Schema's public types into itself, which would
/// otherwise clash with Assist.Schema.dll in this project.
/// </summary>
internal static class GeneratorRun
{
    private static readonly Lazy<MetadataReference[]> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !p.EndsWith("Assist.SourceGen.dll", StringComparison.Ordinal) && !p.EndsWith("Assist.Lake.dll", StringComparison.Ordinal))
            .Append(typeof(Assist.Query.Metadata.LakeModel).Assembly.Location)
            .Append(typeof(Assist.Schema.SchemaLoader).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    /// <summary>The compilation with the generated code, and the generator's diagnostics.</summary>
    public static (Compilation Output, IReadOnlyList<Diagnostic> GeneratorDiagnostics) Run(string schemaFolder)
    {
        var texts = Directory.EnumerateFiles(schemaFolder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (AdditionalText)new FileText(p))
            .ToList();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("public static class Program { }", parse)],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create([new AssistGenerator().AsSourceGenerator()], texts, parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    /// <summary>Errors of the compilation (the generated code must have none).</summary>
    public static IReadOnlyList<string> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

    /// <summary>
    /// Every generated entity's public properties as <c>Namespace.Entity.Property: type</c>, enum types written as
    /// their underlying type (an information_schema export cannot say which integer column is an enumeration).
    /// </summary>
    public static IReadOnlyList<string> EntityProperties(Compilation compilation) =>
        [.. Types(compilation.Assembly.GlobalNamespace)
            .Where(t => t.AllInterfaces.Any(i => i.Name == "IEntity"))
            .SelectMany(t => t.GetMembers().OfType<IPropertySymbol>()
                .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic)
                .Select(p => t.ToDisplayString() + "." + p.Name + ": " + Plain(p.Type)))
            .Order(StringComparer.Ordinal)];

    private static string Plain(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol { TypeKind: TypeKind.Enum } e => e.EnumUnderlyingType!.ToDisplayString(),
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n => Plain(n.TypeArguments[0]) + "?",
        _ => type.ToDisplayString(),
    };

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol space) =>
        space.GetTypeMembers().Concat(space.GetNamespaceMembers().SelectMany(Types));

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(Path));
    }
}
