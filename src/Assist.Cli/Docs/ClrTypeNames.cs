using Assist.Schema.Model;

namespace Assist.Cli.Docs;

/// <summary>The C# type of a column as docs/schema-format.md maps it, spelt the way a researcher writes it.</summary>
internal static class ClrTypeNames
{
    /// <summary>The property type: the enum for enum columns, <c>T?</c> for nullable columns.</summary>
    public static string Of(ColumnDef column, EnumDef? enumeration)
    {
        var baseName = enumeration is not null
            ? Assist.Schema.Naming.EnumTypeName(enumeration)
            : column.Type is null ? "?" : Of(column.Type);
        return column.Nullable ? baseName + "?" : baseName;
    }

    /// <summary>The C# type of a SQL type (never nullable).</summary>
    public static string Of(SqlType type) => type.Kind switch
    {
        SqlTypeKind.Boolean => "bool",
        SqlTypeKind.Integer => "int",
        SqlTypeKind.Bigint => "long",
        SqlTypeKind.Real => "float",
        SqlTypeKind.Double => "double",
        SqlTypeKind.Decimal => type.Precision <= 28 ? "decimal" : "not mapped (precision above 28)",
        SqlTypeKind.Varchar => "string",
        SqlTypeKind.Varbinary => "byte[]",
        SqlTypeKind.Date => "DateOnly",
        SqlTypeKind.Timestamp => "DateTime",
        SqlTypeKind.TimestampTz => "DateTimeOffset",
        SqlTypeKind.Array => $"IReadOnlyList<{Of(type.Arguments[0])}>",
        SqlTypeKind.Map => $"IReadOnlyDictionary<{Of(type.Arguments[0])}, {Of(type.Arguments[1])}>",
        SqlTypeKind.Row => "not mapped yet",
        _ => type.Kind.ToString(),
    };
}
