using System;
using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Assist.SourceGen.Diagnostics;

/// <summary>Turns <see cref="DiagnosticInfo"/> values into Roslyn diagnostics located in the YAML files.</summary>
internal static class DiagnosticReporter
{
    /// <summary>Where every code is explained.</summary>
    public const string HelpBase = "docs/diagnostics.md#";

    private static readonly ConcurrentDictionary<(string, DiagnosticLevel), DiagnosticDescriptor> s_descriptors =
        new ConcurrentDictionary<(string, DiagnosticLevel), DiagnosticDescriptor>();

    /// <summary>The Roslyn diagnostic of <paramref name="info"/>.</summary>
    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = s_descriptors.GetOrAdd((info.Id, info.Level), key => CreateDescriptor(key.Item1, key.Item2));
        return Diagnostic.Create(descriptor, ToLocation(info), info.Message);
    }

    private static Location ToLocation(DiagnosticInfo info)
    {
        if (info.FilePath.Length == 0)
        {
            return Location.None;
        }

        var span = new LinePositionSpan(new LinePosition(info.Line, info.Column), new LinePosition(info.EndLine, info.EndColumn));
        return Location.Create(info.FilePath, new TextSpan(info.Start, info.Length), span);
    }

    private static DiagnosticDescriptor CreateDescriptor(string id, DiagnosticLevel level)
    {
        var generatorCode = id.StartsWith("ASG", StringComparison.Ordinal);
        return new DiagnosticDescriptor(
            id,
            generatorCode ? "Assist generator problem" : "Assist schema problem",
            "{0}",
            generatorCode ? "Assist.SourceGen" : "Assist.Schema",
            level == DiagnosticLevel.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + id.ToLower(CultureInfo.InvariantCulture));
    }
}
