using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Assist.Cli.Submissions.Compiling;

/// <summary>
/// Compiles a submission's top-level statements with Roslyn against <see cref="SubmissionReferences"/> and checks
/// it against the allowlist. Nothing of the submission runs here.
/// </summary>
internal static class SubmissionCompiler
{
    // What an SDK project's ImplicitUsings gives a console app, less System.IO, System.Net.Http and System.Threading*,
    // which a submission may not use anyway.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        """;

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    // Compilations made from one template share its bound references (about 170 reference assemblies), so a second
    // submission in the same process does not bind them again (a new assembly name would drop that reuse). allowUnsafe
    // so that unsafe code reaches the allowlist and gets its own AS2116 rather than CS0227.
    private static readonly Lazy<CSharpCompilation> s_template = new(() => CSharpCompilation.Create(
        "Submission",
        [CSharpSyntaxTree.ParseText(ImplicitUsings, s_parseOptions, "ImplicitUsings.g.cs", Encoding.UTF8)],
        SubmissionReferences.All,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true)));

    /// <summary>The compiled submission, or every problem: compiler errors and allowlist refusals, in source order.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="displayPath">The file as the user named it: diagnostics and the submission's caller paths use it.</param>
    public static (CompiledSubmission? Compiled, IReadOnlyList<SubmissionDiagnostic> Problems) Compile(string text, string displayPath)
    {
        var tree = CSharpSyntaxTree.ParseText(text, s_parseOptions, displayPath, Encoding.UTF8);
        var compilation = s_template.Value.AddSyntaxTrees(tree);
        SubmissionTimings.Mark("compile: parse, references");
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => ToProblem(d, displayPath)).ToList();
        SubmissionTimings.Mark("compile: bind (diagnostics)");
        var refused = AllowlistWalker.Check(compilation.GetSemanticModel(tree), displayPath).ToList();
        SubmissionTimings.Mark("compile: allowlist walk");
        var problems = errors.Concat(refused).OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!result.Success)
        {
            return (null, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => ToProblem(d, displayPath)).ToList());
        }

        SubmissionTimings.Mark("compile: emit");
        return (new CompiledSubmission(pe.ToArray(), pdb.ToArray()), []);
    }

    private static SubmissionDiagnostic ToProblem(Diagnostic diagnostic, string displayPath)
    {
        var span = diagnostic.Location.GetLineSpan();
        var start = span.StartLinePosition;
        var file = diagnostic.Location.IsInSource ? span.Path : displayPath;
        return new SubmissionDiagnostic(file, start.Line + 1, start.Character + 1, diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
