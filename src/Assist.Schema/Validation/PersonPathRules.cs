using Assist.Schema.Model;

namespace Assist.Schema.Validation;

/// <summary>Tables' <c>person:</c> paths: every step names a column, every step but the last follows a foreign key, the condition names an enumeration value.</summary>
internal static class PersonPathRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var table in context.Schema.Tables)
        {
            ResolvedPersonPath.Resolve(table, context.Table, context.Enum, out var problem);
            if (problem is { } p)
            {
                context.Error(p.Code, p.Message, p.Span);
            }
        }
    }
}
