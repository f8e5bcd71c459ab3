namespace Assist.SourceGen.Diagnostics;

/// <summary>
/// Codes of problems only the generator finds (the schema's own problems keep their AS codes from Assist.Schema).
/// Documented in docs/diagnostics.md. Retired codes stay here as comments so they are never reused.
/// </summary>
internal static class GeneratorDiagnosticCodes
{
    /// <summary>The generator failed unexpectedly; the message carries the exception. A bug, never the user's fault.</summary>
    public const string InternalError = "ASG0001";

    /// <summary>Two generated members of one entity would have the same C# name; the later one is not generated.</summary>
    public const string MemberNameCollision = "ASG0002";

    /// <summary>A column's type parsed but has no C# mapping (a safety net: row types are AS0205); the column is left out.</summary>
    public const string ColumnNotMapped = "ASG0003";
}
