using System.Collections.Generic;
using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>
/// Parses column types in Athena's DML spelling (docs/schema-format.md): case-insensitive, spaces free, with nested
/// <c>array(T)</c>, <c>map(K,V)</c> and <c>row(name T, ...)</c>.
/// </summary>
public static class SqlTypeParser
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="type"/> is null and <paramref name="error"/> says why.</summary>
    public static bool TryParse(string text, out SqlType? type, out string? error)
    {
        var result = Parse(text);
        type = result.Type;
        error = result.Message;
        return result.Type is not null;
    }

    /// <summary>Parses and also tells which diagnostic code a failure deserves.</summary>
    internal static SqlTypeParseResult Parse(string text)
    {
        var reader = new SqlTypeReader(text);
        var type = reader.ReadType(0);
        if (type is not null && !reader.AtEnd)
        {
            return SqlTypeParseResult.Fail(DiagnosticCodes.UnknownType, "unexpected '" + reader.Rest + "' after the type '" + type + "'");
        }

        return type is null ? SqlTypeParseResult.Fail(reader.ErrorCode!, reader.ErrorMessage!) : new SqlTypeParseResult(type, null, null);
    }
}

/// <summary>A parsed type, or the code and message of why it did not parse.</summary>
internal sealed record SqlTypeParseResult(SqlType? Type, string? Code, string? Message)
{
    public static SqlTypeParseResult Fail(string code, string message) => new SqlTypeParseResult(null, code, message);
}
