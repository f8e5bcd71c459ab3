namespace Assist.Cli.Import;

/// <summary>An input file cannot be imported; <see cref="Diagnostics"/> say where and why. Nothing was written.</summary>
internal sealed class ImportException : Exception
{
    /// <summary>Creates the exception for one or more problems.</summary>
    public ImportException(IReadOnlyList<ImportDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception for a problem that has no position (an unreadable file).</summary>
    public ImportException(string message, Exception? inner = null)
        : base(message, inner)
    {
        Diagnostics = [];
    }

    /// <summary>The problems, with file, line and column.</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; }
}
