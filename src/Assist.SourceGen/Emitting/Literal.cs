using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Assist.SourceGen.Emitting;

/// <summary>C# literals for generated code, culture-invariant.</summary>
internal static class Literal
{
    /// <summary>A quoted, escaped string literal, or <c>null</c>.</summary>
    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A <c>long</c> literal, or <c>null</c>.</summary>
    public static string Long(long? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>An integer literal without suffix (enum members).</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);
}
