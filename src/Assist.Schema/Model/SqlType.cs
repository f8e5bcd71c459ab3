using System.Collections.Generic;
using System.Linq;

namespace Assist.Schema.Model;

/// <summary>A parsed column type. <see cref="ToString"/> gives the canonical Athena DML spelling.</summary>
/// <param name="Kind">The type constructor.</param>
/// <param name="Precision">Decimal precision, or timestamp precision (fractional digits); 0 when not used.</param>
/// <param name="Scale">Decimal scale; 0 when not used.</param>
/// <param name="Arguments">Element type of an array; key and value of a map; field types of a row.</param>
/// <param name="FieldNames">Field names of a row, parallel to <paramref name="Arguments"/>; empty otherwise.</param>
public sealed record SqlType(
    SqlTypeKind Kind,
    int Precision,
    int Scale,
    IReadOnlyList<SqlType> Arguments,
    IReadOnlyList<string> FieldNames)
{
    private static readonly IReadOnlyList<SqlType> NoTypes = new SqlType[0];
    private static readonly IReadOnlyList<string> NoNames = new string[0];

    /// <summary>A type without arguments (boolean, integer, varchar ...).</summary>
    public static SqlType Simple(SqlTypeKind kind) => new SqlType(kind, 0, 0, NoTypes, NoNames);

    /// <summary><c>decimal(p,s)</c>.</summary>
    public static SqlType DecimalOf(int precision, int scale) => new SqlType(SqlTypeKind.Decimal, precision, scale, NoTypes, NoNames);

    /// <summary><c>timestamp(p)</c> or <c>timestamp(p) with time zone</c>.</summary>
    public static SqlType TimestampOf(int precision, bool withTimeZone) =>
        new SqlType(withTimeZone ? SqlTypeKind.TimestampTz : SqlTypeKind.Timestamp, precision, 0, NoTypes, NoNames);

    /// <summary><c>array(T)</c>.</summary>
    public static SqlType ArrayOf(SqlType element) => new SqlType(SqlTypeKind.Array, 0, 0, new[] { element }, NoNames);

    /// <summary><c>map(K,V)</c>.</summary>
    public static SqlType MapOf(SqlType key, SqlType value) => new SqlType(SqlTypeKind.Map, 0, 0, new[] { key, value }, NoNames);

    /// <summary><c>row(name T, ...)</c>.</summary>
    public static SqlType RowOf(IReadOnlyList<string> names, IReadOnlyList<SqlType> types) => new SqlType(SqlTypeKind.Row, 0, 0, types, names);

    /// <summary>The canonical Athena DML spelling, e.g. <c>timestamp(6) with time zone</c>, <c>map(varchar, array(bigint))</c>.</summary>
    public override string ToString()
    {
        switch (Kind)
        {
            case SqlTypeKind.Decimal: return "decimal(" + Precision + "," + Scale + ")";
            case SqlTypeKind.Timestamp: return "timestamp(" + Precision + ")";
            case SqlTypeKind.TimestampTz: return "timestamp(" + Precision + ") with time zone";
            case SqlTypeKind.Array: return "array(" + Arguments[0] + ")";
            case SqlTypeKind.Map: return "map(" + Arguments[0] + ", " + Arguments[1] + ")";
            case SqlTypeKind.Row:
                return "row(" + string.Join(", ", FieldNames.Select((n, i) => n + " " + Arguments[i])) + ")";
            default: return Kind.ToString().ToLowerInvariant();
        }
    }

    /// <summary>Structural equality (records compare lists by reference, which is not what a type means).</summary>
    public bool Equals(SqlType? other) => other is not null && ToString() == other.ToString();

    /// <inheritdoc />
    public override int GetHashCode() => ToString().GetHashCode();
}
