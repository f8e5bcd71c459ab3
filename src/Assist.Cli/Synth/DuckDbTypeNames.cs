using Assist.Schema.Model;

namespace Assist.Cli.Synth;

/// <summary>The DuckDB type that stores a lake column type (docs/schema-format.md, the type table).</summary>
internal static class DuckDbTypeNames
{
    /// <summary>The DuckDB spelling of <paramref name="type"/>, e.g. <c>TIMESTAMP</c> for <c>timestamp(6)</c>.</summary>
    public static string Of(SqlType type) => type.Kind switch
    {
        SqlTypeKind.Boolean => "BOOLEAN",
        SqlTypeKind.Integer => "INTEGER",
        SqlTypeKind.Bigint => "BIGINT",
        SqlTypeKind.Real => "FLOAT",
        SqlTypeKind.Double => "DOUBLE",
        SqlTypeKind.Decimal => $"DECIMAL({type.Precision},{type.Scale})",
        SqlTypeKind.Varchar => "VARCHAR",
        SqlTypeKind.Varbinary => "BLOB",
        SqlTypeKind.Date => "DATE",
        SqlTypeKind.Timestamp => "TIMESTAMP",
        SqlTypeKind.TimestampTz => "TIMESTAMPTZ",
        SqlTypeKind.Array => Of(type.Arguments[0]) + "[]",
        SqlTypeKind.Map => $"MAP({Of(type.Arguments[0])}, {Of(type.Arguments[1])})",
        SqlTypeKind.Row => "STRUCT(" + string.Join(", ", type.FieldNames.Select((n, i) => SynthSql.Id(n) + " " + Of(type.Arguments[i]))) + ")",
        _ => throw new InvalidOperationException($"No DuckDB type for {type}."),
    };
}
