using Assist.Schema.Model;

namespace Assist.SourceGen.Parsing;

/// <summary>The type map of docs/schema-format.md: Athena DML type to C# type.</summary>
internal static class ClrTypeMapper
{
    /// <summary>The C# type of <paramref name="type"/>, or null for types not mapped yet (<c>row</c>).</summary>
    /// <remarks>
    /// Array and map elements are mapped without <c>?</c>: the schema does not say whether elements may be NULL,
    /// and a nullable element type would force every reader to handle a case the lake's arrays do not have.
    /// </remarks>
    public static ClrType? Map(SqlType type)
    {
        switch (type.Kind)
        {
            case SqlTypeKind.Boolean: return new ClrType("bool", false);
            case SqlTypeKind.Integer: return new ClrType("int", false);
            case SqlTypeKind.Bigint: return new ClrType("long", false);
            case SqlTypeKind.Real: return new ClrType("float", false);
            case SqlTypeKind.Double: return new ClrType("double", false);
            case SqlTypeKind.Decimal: return new ClrType("decimal", false);
            case SqlTypeKind.Varchar: return new ClrType("string", true);
            case SqlTypeKind.Varbinary: return new ClrType("byte[]", true);
            case SqlTypeKind.Date: return new ClrType("global::System.DateOnly", false);
            case SqlTypeKind.Timestamp: return new ClrType("global::System.DateTime", false);
            case SqlTypeKind.TimestampTz: return new ClrType("global::System.DateTimeOffset", false);
            case SqlTypeKind.Array:
                return MapArray(type);
            case SqlTypeKind.Map:
                return MapMap(type);
            default:
                return null;
        }
    }

    private static ClrType? MapArray(SqlType type)
    {
        var element = type.Arguments.Count == 1 ? Map(type.Arguments[0]) : null;
        return element is null
            ? null
            : new ClrType("global::System.Collections.Generic.IReadOnlyList<" + element.Name + ">", true);
    }

    private static ClrType? MapMap(SqlType type)
    {
        var key = type.Arguments.Count == 2 ? Map(type.Arguments[0]) : null;
        var value = type.Arguments.Count == 2 ? Map(type.Arguments[1]) : null;
        return key is null || value is null
            ? null
            : new ClrType("global::System.Collections.Generic.IReadOnlyDictionary<" + key.Name + ", " + value.Name + ">", true);
    }
}
