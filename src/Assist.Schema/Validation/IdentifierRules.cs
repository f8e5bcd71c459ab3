using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Validation;

/// <summary>Names Athena or DuckDB would reject or change: they must be lower snake case, at most 255 characters.</summary>
internal static class IdentifierRules
{
    private const int MaxLength = 255;

    public static void Check(ValidationContext context)
    {
        var schema = context.Schema;
        foreach (var catalog in schema.Catalogs)
        {
            Name(context, catalog.Name, "catalog", catalog.Span);
            foreach (var s in catalog.Schemas)
            {
                Name(context, s.Name, "schema", s.Span);
            }
        }

        foreach (var table in schema.Tables)
        {
            Name(context, table.Name, "table", table.Span);
            foreach (var column in table.Columns)
            {
                Name(context, column.Name, "column", column.ValueSpans.At("name", column.Span));
            }
        }

        foreach (var enumeration in schema.Enums)
        {
            Name(context, enumeration.Name, "enumeration", enumeration.Span);
            foreach (var value in enumeration.Values)
            {
                Name(context, value.Name, "enumeration value", value.ValueSpans.At("name", value.Span));
            }
        }
    }

    private static void Name(ValidationContext context, string name, string what, SourceSpan span)
    {
        if (name.Length == 0 || name.Any(c => !IsLowerSnake(c) && !(c >= 'A' && c <= 'Z')))
        {
            context.Error(DiagnosticCodes.InvalidIdentifierCharacter, what + " name '" + Shorten(name) + "' may only use a-z, 0-9 and _", span);
        }

        if (name.Any(c => c >= 'A' && c <= 'Z'))
        {
            context.Error(DiagnosticCodes.UpperCaseIdentifier, what + " name '" + Shorten(name) + "' has upper-case letters; Athena lower-cases names. Write '" + Shorten(name.ToLowerInvariant()) + "' (snake case, e.g. user_id)", span);
        }

        if (name.Length > 0 && name[0] >= '0' && name[0] <= '9')
        {
            context.Error(DiagnosticCodes.LeadingDigit, what + " name '" + Shorten(name) + "' starts with a digit; start it with a letter", span);
        }

        if (name.Length > MaxLength)
        {
            context.Error(DiagnosticCodes.IdentifierTooLong, what + " name has " + name.Length + " characters; Athena allows at most " + MaxLength, span);
        }
    }

    private static bool IsLowerSnake(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';

    private static string Shorten(string name) => name.Length <= 60 ? name : name.Substring(0, 57) + "...";
}
