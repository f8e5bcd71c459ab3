using LakeType = Assist.Schema.Model.SqlType;
using LakeTypeKind = Assist.Schema.Model.SqlTypeKind;

namespace Assist.Query.Ast;

/// <summary>The SQL type of an expression node: lets emitters apply typed dialect rules (integer division, HUGEINT sums).</summary>
internal sealed record SqlType(SqlTypeKind Kind, int Precision = 0, int Scale = 0)
{
    public static readonly SqlType Unknown = new(SqlTypeKind.Unknown);
    public static readonly SqlType Boolean = new(SqlTypeKind.Boolean);
    public static readonly SqlType Integer = new(SqlTypeKind.Integer);
    public static readonly SqlType BigInt = new(SqlTypeKind.BigInt);
    public static readonly SqlType Real = new(SqlTypeKind.Real);
    public static readonly SqlType Double = new(SqlTypeKind.Double);
    public static readonly SqlType Varchar = new(SqlTypeKind.Varchar);
    public static readonly SqlType Date = new(SqlTypeKind.Date);
    public static readonly SqlType Timestamp = new(SqlTypeKind.Timestamp);
    public static readonly SqlType TimestampTz = new(SqlTypeKind.TimestampTz);
    public static readonly SqlType Null = new(SqlTypeKind.Null);
    public static readonly SqlType Duration = new(SqlTypeKind.Duration);

    /// <summary>Whole numbers: division of two of them truncates in C#.</summary>
    public bool IsInteger => Kind is SqlTypeKind.Integer or SqlTypeKind.BigInt;

    /// <summary>Any numeric type.</summary>
    public bool IsNumeric => IsInteger || Kind is SqlTypeKind.Real or SqlTypeKind.Double or SqlTypeKind.Decimal;

    /// <summary>Date or timestamp.</summary>
    public bool IsTemporal => Kind is SqlTypeKind.Date or SqlTypeKind.Timestamp or SqlTypeKind.TimestampTz;

    /// <summary>The SQL type a CLR type maps to (LAKE-NOTES §C).</summary>
    public static SqlType FromClr(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum)
        {
            t = Enum.GetUnderlyingType(t);
        }

        if (t == typeof(bool)) { return Boolean; }
        if (t == typeof(int) || t == typeof(short) || t == typeof(byte)) { return Integer; }
        if (t == typeof(long)) { return BigInt; }
        if (t == typeof(float)) { return Real; }
        if (t == typeof(double)) { return Double; }
        if (t == typeof(decimal)) { return new SqlType(SqlTypeKind.Decimal, 38, 10); }
        if (t == typeof(string) || t == typeof(char) || t == typeof(Guid)) { return Varchar; }
        if (t == typeof(DateOnly)) { return Date; }
        if (t == typeof(DateTime)) { return Timestamp; }
        if (t == typeof(DateTimeOffset)) { return TimestampTz; }
        return Unknown;
    }

    /// <summary>
    /// The lake type this AST type stands for, so emitters spell casts from the one type table
    /// (<see cref="Assist.Schema.Types.LakeTypes"/>); null for kinds that are not lake types (unknown, NULL, durations).
    /// Timestamps are microseconds (docs/dialects.md #10).
    /// </summary>
    public LakeType? ToLake() => Kind switch
    {
        SqlTypeKind.Boolean => LakeType.Simple(LakeTypeKind.Boolean),
        SqlTypeKind.Integer => LakeType.Simple(LakeTypeKind.Integer),
        SqlTypeKind.BigInt => LakeType.Simple(LakeTypeKind.Bigint),
        SqlTypeKind.Real => LakeType.Simple(LakeTypeKind.Real),
        SqlTypeKind.Double => LakeType.Simple(LakeTypeKind.Double),
        SqlTypeKind.Decimal => LakeType.DecimalOf(Precision, Scale),
        SqlTypeKind.Varchar => LakeType.Simple(LakeTypeKind.Varchar),
        SqlTypeKind.Date => LakeType.Simple(LakeTypeKind.Date),
        SqlTypeKind.Timestamp => LakeType.TimestampOf(6, false),
        SqlTypeKind.TimestampTz => LakeType.TimestampOf(6, true),
        _ => null,
    };

    /// <summary>
    /// The SQL type of a lake column, from the structured type the generator emitted: keeps a column's real precision
    /// and scale (<c>decimal(10,2)</c>), which <see cref="FromClr"/> cannot know. Nested types have no AST kind.
    /// </summary>
    public static SqlType FromLake(LakeType type) => type.Kind switch
    {
        LakeTypeKind.Boolean => Boolean,
        LakeTypeKind.Integer => Integer,
        LakeTypeKind.Bigint => BigInt,
        LakeTypeKind.Real => Real,
        LakeTypeKind.Double => Double,
        LakeTypeKind.Decimal => new SqlType(SqlTypeKind.Decimal, type.Precision, type.Scale),
        LakeTypeKind.Varchar => Varchar,
        LakeTypeKind.Date => Date,
        LakeTypeKind.Timestamp => Timestamp,
        LakeTypeKind.TimestampTz => TimestampTz,
        _ => Unknown,
    };
}
