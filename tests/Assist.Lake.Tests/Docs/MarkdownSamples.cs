using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Assist.Lake.Tests.Docs;

/// <summary>
/// One fenced C# block of a markdown file. <see cref="Line"/> is the 1-based line of the block's first code line in
/// the file; <see cref="Fragment"/> is set when the line before the opening fence is <c>&lt;!-- fragment --&gt;</c>.
/// </summary>
internal sealed record MarkdownCodeBlock(string File, int Line, string Code, bool Fragment)
{
    public override string ToString() => File + ":" + Line;
}

/// <summary>
/// Extracts the fenced <c>csharp</c> blocks of markdown files and compiles them with Roslyn the way a researcher's
/// project (Microsoft.NET.Sdk, implicit usings, nullable on) referencing Assist.Query and Assist.Lake would.
/// </summary>
internal static partial class MarkdownSamples
{
    /// <summary>The SDK's implicit usings of a console project.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})\s*(?<info>[^\s`]*)")]
    private static partial Regex OpeningFence();

    [GeneratedRegex(@"^\s*<!--\s*fragment\b.*-->\s*$")]
    private static partial Regex FragmentMark();

    /// <summary>The C# blocks (info string <c>csharp</c>, <c>cs</c> or <c>c#</c>) of <paramref name="markdown"/>.</summary>
    public static IReadOnlyList<MarkdownCodeBlock> Extract(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<MarkdownCodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = OpeningFence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var info = open.Groups["info"].Value;
            var start = i + 1;
            var end = start;
            while (end < lines.Length && !IsClosingFence(lines[end], fence))
            {
                end++;
            }

            if (info.Equals("csharp", StringComparison.OrdinalIgnoreCase) || info.Equals("cs", StringComparison.OrdinalIgnoreCase)
                || info.Equals("c#", StringComparison.OrdinalIgnoreCase))
            {
                var previous = i - 1;
                while (previous >= 0 && lines[previous].Trim().Length == 0)
                {
                    previous--;
                }

                var fragment = previous >= 0 && FragmentMark().IsMatch(lines[previous]);
                blocks.Add(new MarkdownCodeBlock(file, start + 1, string.Join("\n", lines[start..end]), fragment));
            }

            i = end;
        }

        return blocks;
    }

    /// <summary>
    /// Compiles a block; returns its errors as <c>file(line,col): error CS....: message</c> with the line of the
    /// markdown file. A block with top-level statements is a program; a block of declarations only (the shapes of
    /// docs/generated-api.md) is a library file; a fragment is wrapped: statements into an async method, anything
    /// else into a class body.
    /// </summary>
    public static IReadOnlyList<string> Errors(MarkdownCodeBlock block)
    {
        var compilation = Compile(block, out _);
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(Describe)
            .ToList();
    }

    /// <summary>
    /// Compiles a program block as a library whose <c>Sample.RunAsync()</c> runs the block's statements and returns
    /// <paramref name="result"/> (an expression over the block's locals), with every <c>LocalLake.Open("lake")</c>
    /// opening <paramref name="lakeDirectory"/> instead; then runs it.
    /// </summary>
    public static async Task<object?> RunAsync(MarkdownCodeBlock block, string lakeDirectory, string result)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(block.Code, s_parseOptions).GetRoot();
        var opens = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression.ToString() == "LocalLake.Open"
                && i.ArgumentList.Arguments is [{ Expression: LiteralExpressionSyntax { Token.ValueText: "lake" } }])
            .ToList();
        if (opens.Count == 0)
        {
            throw new InvalidOperationException(block + ": the sample does not call LocalLake.Open(\"lake\").");
        }

        root = root.ReplaceNodes(opens.Select(o => o.ArgumentList.Arguments[0].Expression),
            (_, _) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(lakeDirectory)));

        var text = new StringBuilder();
        foreach (var usingDirective in root.Usings)
        {
            text.AppendLine(usingDirective.ToFullString().Trim());
        }

        text.AppendLine("public static class Sample { public static async Task<object?> RunAsync() {");
        foreach (var statement in root.Members.OfType<GlobalStatementSyntax>())
        {
            text.AppendLine(statement.ToFullString());
        }

        text.AppendLine("return " + result + "; } }");
        var compilation = CreateCompilation(block, [Tree(text.ToString(), block.File)], OutputKind.DynamicallyLinkedLibrary);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(block + ": the wrapped sample does not compile:\n" +
                string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe)));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("docs-sample", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var run = assembly.GetType("Sample")!.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static)!;
            return await (Task<object?>)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    private static CSharpCompilation Compile(MarkdownCodeBlock block, out OutputKind kind)
    {
        if (block.Fragment)
        {
            kind = OutputKind.DynamicallyLinkedLibrary;
            var asStatements = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(block.Code, s_parseOptions).GetRoot();
            var statementsOnly = asStatements.Members.All(m => m is GlobalStatementSyntax) && asStatements.Usings.Count == 0;
            var wrapped = statementsOnly
                ? "using Assist.Lake;\nusing Assist.Query;\ninternal static class Fragment\n{\n    internal static async Task Body()\n    {\n"
                  + LineDirective(block) + block.Code + "\n#line default\n        await Task.CompletedTask;\n    }\n}\n"
                : "using Assist.Lake;\nusing Assist.Query;\ninternal static class Fragment\n{\n" + LineDirective(block) + block.Code + "\n#line default\n}\n";
            return CreateCompilation(block, [CSharpSyntaxTree.ParseText(wrapped, s_parseOptions, block.File + ".fragment.cs")], kind);
        }

        var tree = Tree(block.Code, block.File, block.Line);
        kind = ((CompilationUnitSyntax)tree.GetRoot()).Members.Any(m => m is GlobalStatementSyntax)
            ? OutputKind.ConsoleApplication
            : OutputKind.DynamicallyLinkedLibrary;
        return CreateCompilation(block, [tree], kind);
    }

    // Diagnostics of the tree are reported at the markdown file's lines.
    private static SyntaxTree Tree(string code, string file, int? firstLine = null) =>
        CSharpSyntaxTree.ParseText(
            firstLine is null ? code : LineDirective(file, firstLine.Value) + code,
            s_parseOptions, file + ".cs");

    private static string LineDirective(MarkdownCodeBlock block) => LineDirective(block.File, block.Line);

    private static string LineDirective(string file, int line) => "#line " + line + " \"" + file + "\"\n";

    private static CSharpCompilation CreateCompilation(MarkdownCodeBlock block, SyntaxTree[] trees, OutputKind kind) =>
        CSharpCompilation.Create(
            "DocSample_" + Path.GetFileNameWithoutExtension(block.File) + "_" + block.Line,
            [.. trees, CSharpSyntaxTree.ParseText(ImplicitUsings, s_parseOptions, "GlobalUsings.g.cs")],
            s_references.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        var where = d.Location == Location.None ? "" : span.Path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): ";
        return where + d.Severity.ToString().ToLowerInvariant() + " " + d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    // What a researcher's project sees: the framework, Assist.Query (with Assist.Schema), the generated lake and DuckDB.NET.
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && (string.Equals(Path.GetDirectoryName(p), framework, StringComparison.Ordinal)
                || Path.GetFileName(p).StartsWith("DuckDB.NET.", StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        paths.Add(typeof(Assist.Query.LocalLake).Assembly.Location);

        // Assist.Schema comes with Assist.Query (a package reference brings it transitively): column types are its SqlType.
        paths.Add(typeof(Assist.Query.Metadata.ColumnMetadata).GetProperty(nameof(Assist.Query.Metadata.ColumnMetadata.Type))!.PropertyType.Assembly.Location);
        paths.Add(typeof(Lake).Assembly.Location);
        paths.Add(typeof(DuckDB.NET.Data.DuckDBConnection).Assembly.Location);
        return [.. paths.Order(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static bool IsClosingFence(string line, string fence)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3)
        {
            return false;
        }

        var run = 0;
        while (run < trimmed.Length && trimmed[run] == fence[0])
        {
            run++;
        }

        return run >= fence.Length && trimmed[run..].Trim().Length == 0;
    }
}
