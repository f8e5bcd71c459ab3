namespace Assist.Query.Translation;

/// <summary>The CLR types that are one SQL value (as opposed to rows, groupings and composite objects).</summary>
internal static class ScalarTypes
{
    public static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(DateOnly)
            || t == typeof(DateTimeOffset) || t == typeof(Guid) || t == typeof(TimeSpan) || t == typeof(TimeOnly) || t == typeof(object);
    }
}
