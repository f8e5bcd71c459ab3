using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.Schema.Types;

/// <summary>
/// The one table from the lake's types (Athena DML, <see cref="SqlType"/>) to everything else that spells them: the C#
/// type the generator maps a column to (or why it is not mapped), the DuckDB type that stores it locally, the spelling
/// DuckDB's <c>DESCRIBE</c> gives back, and the Trino cast spelling. The generator, the data dictionary, the synthetic
/// lake, the local lake's schema check and the test kit all read it, so they cannot drift apart (docs/schema-format.md).
/// </summary>
public static class LakeTypes
{
    /// <summary>The widest decimal C#'s <c>decimal</c> holds exactly (28-29 significant digits); wider ones are not mapped.</summary>
    public const int MaxMappedDecimalPrecision = 28;

    /// <summary>The C# type of <paramref name="type"/>, never nullable; null when it is not mapped (<see cref="NotMappedReason"/>).</summary>
    /// <remarks>
    /// Array and map elements are mapped without <c>?</c>: the schema does not say whether elements may be NULL,
    /// and a nullable element type would force every reader to handle a case the lake's arrays do not have.
    /// </remarks>
    public static LakeClrType? ClrType(SqlType type)
    {
        switch (type.Kind)
        {
            case SqlTypeKind.Boolean: return Value("bool");
            case SqlTypeKind.Integer: return Value("int");
            case SqlTypeKind.Bigint: return Value("long");
            case SqlTypeKind.Real: return Value("float");
            case SqlTypeKind.Double: return Value("double");
            case SqlTypeKind.Decimal: return type.Precision <= MaxMappedDecimalPrecision ? Value("decimal") : null;
            case SqlTypeKind.Varchar: return new LakeClrType("string", "string", true);
            case SqlTypeKind.Varbinary: return new LakeClrType("byte[]", "byte[]", true);
            case SqlTypeKind.Date: return SystemType("DateOnly");
            case SqlTypeKind.Timestamp: return SystemType("DateTime");
            case SqlTypeKind.TimestampTz: return SystemType("DateTimeOffset");
            case SqlTypeKind.Array: return Generic("IReadOnlyList", type.Arguments);
            case SqlTypeKind.Map: return Generic("IReadOnlyDictionary", type.Arguments);
            default: return null;
        }
    }

    /// <summary>Whether the generated C# API has a property for a column of this type.</summary>
    public static bool IsMapped(SqlType type) => ClrType(type) is not null;

    /// <summary>Why a type has no C# mapping (for warnings and the data dictionary), or null when it has one.</summary>
    public static string? NotMappedReason(SqlType type)
    {
        if (ContainsRow(type))
        {
            return "row types are not mapped yet";
        }

        return WidestDecimal(type) > MaxMappedDecimalPrecision
            ? "decimal precision above " + MaxMappedDecimalPrecision + " does not fit C#'s decimal"
            : null;
    }

    /// <summary>The DuckDB type that stores the column (<c>CREATE TABLE</c>, <c>CAST</c>): <c>TIMESTAMPTZ</c>, <c>DECIMAL(10,2)</c>, <c>BIGINT[]</c>.</summary>
    public static string DuckDbStorage(SqlType type) => DuckDb(type, storage: true);

    /// <summary>
    /// The type as DuckDB's <c>DESCRIBE</c> spells it back for a column stored as <see cref="DuckDbStorage"/> (Parquet
    /// included), struct field names unquoted; compare with <see cref="SameDuckDbType"/>.
    /// </summary>
    public static string DuckDbDescribe(SqlType type) => DuckDb(type, storage: false);

    /// <summary>
    /// The Trino/Athena spelling for <c>CAST(x AS ...)</c> and DDL: the canonical lower-case form, <c>decimal(10,2)</c>,
    /// with row field names quoted (<c>row("select" integer)</c>), since a field may be named like a keyword.
    /// </summary>
    public static string TrinoCast(SqlType type)
    {
        switch (type.Kind)
        {
            case SqlTypeKind.Array: return "array(" + TrinoCast(type.Arguments[0]) + ")";
            case SqlTypeKind.Map: return "map(" + TrinoCast(type.Arguments[0]) + ", " + TrinoCast(type.Arguments[1]) + ")";
            case SqlTypeKind.Row:
                return "row(" + string.Join(", ", type.FieldNames.Select((name, i) => "\"" + name + "\" " + TrinoCast(type.Arguments[i]))) + ")";
            default: return type.ToString();
        }
    }

    /// <summary>
    /// Whether a type DuckDB describes (<c>DESCRIBE</c>, Parquet included) is the one <paramref name="expected"/> stores as.
    /// DuckDB quotes struct field names that are keywords; lake field names never hold quotes, so they are compared unquoted.
    /// </summary>
    public static bool SameDuckDbType(SqlType expected, string described) =>
        string.Equals(DuckDbDescribe(expected), described.Replace("\"", ""), StringComparison.Ordinal);

    private static string DuckDb(SqlType type, bool storage)
    {
        switch (type.Kind)
        {
            case SqlTypeKind.Boolean: return "BOOLEAN";
            case SqlTypeKind.Integer: return "INTEGER";
            case SqlTypeKind.Bigint: return "BIGINT";
            case SqlTypeKind.Real: return "FLOAT";
            case SqlTypeKind.Double: return "DOUBLE";
            case SqlTypeKind.Decimal: return "DECIMAL(" + type.Precision + "," + type.Scale + ")";
            case SqlTypeKind.Varchar: return "VARCHAR";
            case SqlTypeKind.Varbinary: return "BLOB";
            case SqlTypeKind.Date: return "DATE";
            // DuckDB's TIMESTAMP is microseconds, which holds every precision 0..6 the schema allows.
            case SqlTypeKind.Timestamp: return "TIMESTAMP";
            case SqlTypeKind.TimestampTz: return storage ? "TIMESTAMPTZ" : "TIMESTAMP WITH TIME ZONE";
            case SqlTypeKind.Array: return DuckDb(type.Arguments[0], storage) + "[]";
            case SqlTypeKind.Map: return "MAP(" + DuckDb(type.Arguments[0], storage) + ", " + DuckDb(type.Arguments[1], storage) + ")";
            case SqlTypeKind.Row:
                return "STRUCT(" + string.Join(", ", type.FieldNames.Select((name, i) => DuckDbFieldName(name, storage) + " " + DuckDb(type.Arguments[i], storage))) + ")";
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "no DuckDB type for " + type);
        }
    }

    // Storage quotes every field name (a field may be a keyword). DESCRIBE quotes keywords only, which SameDuckDbType
    // allows for, so the describe spelling leaves names bare.
    private static string DuckDbFieldName(string name, bool storage) => storage ? "\"" + name + "\"" : name;

    private static LakeClrType Value(string keyword) => new LakeClrType(keyword, keyword, false);

    private static LakeClrType SystemType(string name) => new LakeClrType("global::System." + name, name, false);

    private static LakeClrType? Generic(string name, IReadOnlyList<SqlType> arguments)
    {
        var mapped = arguments.Select(ClrType).ToList();
        if (mapped.Count == 0 || mapped.Any(m => m is null))
        {
            return null;
        }

        return new LakeClrType(
            "global::System.Collections.Generic." + name + "<" + string.Join(", ", mapped.Select(m => m!.FullName)) + ">",
            name + "<" + string.Join(", ", mapped.Select(m => m!.DisplayName)) + ">",
            true);
    }

    /// <summary>Whether a <c>row</c> appears anywhere in <paramref name="type"/> (row types are not mapped to C# yet).</summary>
    public static bool ContainsRow(SqlType type) => type.Kind == SqlTypeKind.Row || type.Arguments.Any(ContainsRow);

    private static int WidestDecimal(SqlType type) =>
        type.Arguments.Select(WidestDecimal).Concat(new[] { type.Kind == SqlTypeKind.Decimal ? type.Precision : 0 }).Max();
}
