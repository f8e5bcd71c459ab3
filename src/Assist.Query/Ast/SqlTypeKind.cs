namespace Assist.Query.Ast;

/// <summary>The SQL type families the emitters need to know about to apply dialect rules.</summary>
internal enum SqlTypeKind
{
    Unknown,
    Boolean,
    Integer,
    BigInt,
    Real,
    Double,
    Decimal,
    Varchar,
    Date,
    Timestamp,
    TimestampTz,
    Null,

    /// <summary>A C# TimeSpan between two timestamps, held as microseconds (BIGINT); only its members are read.</summary>
    Duration,
}
