namespace Assist.Schema.Model;

/// <summary>The Trino/Athena DML types a lake column may have (Iceberg tables cannot hold tinyint, smallint or char).</summary>
public enum SqlTypeKind
{
    /// <summary><c>boolean</c></summary>
    Boolean,
    /// <summary><c>integer</c> (32-bit)</summary>
    Integer,
    /// <summary><c>bigint</c> (64-bit)</summary>
    Bigint,
    /// <summary><c>real</c> (32-bit float)</summary>
    Real,
    /// <summary><c>double</c></summary>
    Double,
    /// <summary><c>decimal(p,s)</c></summary>
    Decimal,
    /// <summary><c>varchar</c></summary>
    Varchar,
    /// <summary><c>varbinary</c></summary>
    Varbinary,
    /// <summary><c>date</c></summary>
    Date,
    /// <summary><c>timestamp(p)</c>, no time zone (Iceberg <c>timestamp</c>, microseconds)</summary>
    Timestamp,
    /// <summary><c>timestamp(p) with time zone</c></summary>
    TimestampTz,
    /// <summary><c>array(T)</c></summary>
    Array,
    /// <summary><c>map(K,V)</c></summary>
    Map,
    /// <summary><c>row(name T, ...)</c></summary>
    Row,
}
