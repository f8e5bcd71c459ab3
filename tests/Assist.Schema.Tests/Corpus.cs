using System.Runtime.CompilerServices;
using Assist.Schema;

namespace Assist.Schema.Tests;

/// <summary>The checked-in corpus: the valid base lake and the invalid cases laid over it.</summary>
internal static class Corpus
{
    public static string Root { get; } = Path.Combine(ThisFolder(), "Corpus");

    public static string BaseFolder => Path.Combine(Root, "Base");

    public static string InvalidFolder => Path.Combine(Root, "Invalid");

    /// <summary>The base lake's files, with paths relative to the base folder ("cas_core/users.yaml").</summary>
    public static IReadOnlyList<SchemaFile> BaseFiles() => ReadFolder(BaseFolder);

    /// <summary>The base files with the case's files laid over them (a case file replaces the base file of the same path).</summary>
    public static IReadOnlyList<SchemaFile> CaseFiles(string caseName)
    {
        var overlay = ReadFolder(Path.Combine(InvalidFolder, caseName));
        var replaced = overlay.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return BaseFiles().Where(f => !replaced.Contains(f.Path)).Concat(overlay).ToList();
    }

    public static IEnumerable<string> CaseNames() =>
        Directory.EnumerateDirectories(InvalidFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The case's hand-written expected diagnostics: lines <c>file(line,col): error AS0123</c>, comments (#) and blanks skipped.</summary>
    public static string Expected(string caseName) =>
        string.Join("\n", File.ReadAllLines(Path.Combine(InvalidFolder, caseName, "expected.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#')));

    /// <summary>Diagnostics in the expected-file form (without the message, which may be reworded).</summary>
    public static string Format(IEnumerable<SchemaDiagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Span.File}({d.Span.Line},{d.Span.Column}): {(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {d.Code}"));

    private static List<SchemaFile> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Select(p => new SchemaFile(Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllText(p)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    private static string ThisFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
