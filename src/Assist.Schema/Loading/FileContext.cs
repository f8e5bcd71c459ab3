using System.Collections.Generic;
using Assist.Schema.Model;

namespace Assist.Schema.Loading;

/// <summary>The file being read and the diagnostics found in it so far.</summary>
internal sealed class FileContext
{
    public FileContext(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public List<SchemaDiagnostic> Diagnostics { get; } = new List<SchemaDiagnostic>();

    public void Error(string code, string message, SourceSpan span) =>
        Diagnostics.Add(new SchemaDiagnostic(code, DiagnosticSeverity.Error, message.TrimEnd(';'), span));

    public void Warning(string code, string message, SourceSpan span) =>
        Diagnostics.Add(new SchemaDiagnostic(code, DiagnosticSeverity.Warning, message.TrimEnd(';'), span));
}
