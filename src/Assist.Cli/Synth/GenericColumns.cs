using Assist.Schema.Model;
using Assist.Schema.Types;
using static Assist.Cli.Synth.SynthSql;

namespace Assist.Cli.Synth;

/// <summary>
/// The schema-driven fallback: a value for any column from its type, enumeration, foreign key or xref kinds and
/// nullability. Foreign keys pick an existing parent id, xids pick an external reference of one of the column's
/// kinds, enumerations pick one of their values, nullable columns are NULL about one time in ten.
/// </summary>
internal sealed class GenericColumns(SynthContext context, Func<string, PickTable?> picks)
{
    // Random timestamps fall in the lake's school years: 300 days of the first, a whole year more for each further one.
    private long Seconds => 25_920_000L + 31_536_000L * (context.Shape.Calendar.Years - 1);

    /// <summary>The expression for <paramref name="column"/> of <paramref name="table"/>, for the row whose unique key is <paramref name="key"/>.</summary>
    public string For(TableDef table, ColumnDef column, string key, bool neverNull = false)
    {
        var value = NonNull(table, column, key);
        if (value is null)
        {
            return column.Nullable
                ? "NULL"
                : throw new SynthException($"{table.QualifiedName}.{column.Name}: no value can be generated (its foreign key or xref target has no rows).");
        }

        return column.Nullable && !neverNull
            ? $"CASE WHEN {context.U("null:" + column.Name, key)} < 0.1 THEN NULL ELSE {value} END"
            : value;
    }

    private string? NonNull(TableDef table, ColumnDef column, string key)
    {
        var u = context.U(table.Name + "." + column.Name, key);
        if (column.References is { } reference)
        {
            return ForeignKey(reference, u);
        }

        if (column.Xref.Count > 0)
        {
            return Xref(column, key);
        }

        if (column.Enum is { } enumName && context.Schema.FindEnum(enumName) is { Values.Count: > 0 } enumeration)
        {
            var values = string.Join(", ", enumeration.Values.Select(v => Int(v.Value)));
            return $"[{values}][1 + CAST(floor({u} * {enumeration.Values.Count}) AS BIGINT)]";
        }

        return column.Type is null ? null : OfType(column.Type, column.Name, u, key);
    }

    private string? ForeignKey(string reference, string u)
    {
        var cut = reference.LastIndexOf('.');
        var parent = reference[..cut];
        if (context.RangeOf(parent) is { } range)
        {
            return $"({range.Base} + CAST(floor({u} * {range.Count}) AS BIGINT))";
        }

        return picks(reference) is { } pick
            ? $"(SELECT v FROM {pick.Name} WHERE ord = 1 + CAST(floor({u} * {pick.Count}) AS BIGINT))"
            : null;
    }

    private string? Xref(ColumnDef column, string key)
    {
        var kinds = column.Xref.Where(k => context.XrefKinds.ContainsKey(k)).Select(k => context.XrefKinds[k]).ToList();
        if (kinds.Count == 0)
        {
            return null;
        }

        var choices = kinds.Select((k, i) =>
            $"WHEN {i} THEN {k.XidBase} + CAST(floor({context.U("xid:" + column.Name, key)} * {k.Target.Count}) AS BIGINT)");
        return $"(CASE CAST(floor({context.U("kind:" + column.Name, key)} * {kinds.Count}) AS BIGINT) {string.Join(" ", choices)} END)";
    }

    private string OfType(SqlType type, string name, string u, string key) => type.Kind switch
    {
        SqlTypeKind.Boolean => $"({u} < 0.5)",
        SqlTypeKind.Integer => name.EndsWith("position", StringComparison.Ordinal) ? $"CAST(1 + floor({u} * 10) AS INTEGER)"
            : name.Contains("year", StringComparison.Ordinal) ? $"CAST(1990 + floor({u} * 20) AS INTEGER)"
            : $"CAST(floor({u} * 100) AS INTEGER)",
        SqlTypeKind.Bigint => $"CAST(floor({u} * 1000000) AS BIGINT)",
        SqlTypeKind.Real => $"CAST(round({u} * 100, 2) AS FLOAT)",
        SqlTypeKind.Double => name.Contains("score", StringComparison.Ordinal) ? $"round({u}, 2)" : $"round({u} * 100, 3)",
        SqlTypeKind.Decimal => Decimal(type, u),
        SqlTypeKind.Varchar => Varchar(name, u, key),
        SqlTypeKind.Varbinary => $"unhex(md5(CAST({key} AS VARCHAR) || {Text(name)}))",
        SqlTypeKind.Date => $"(DATE '{context.Shape.Calendar.Start}' + CAST(floor({u} * {300 + 365 * (context.Shape.Calendar.Years - 1)}) AS INTEGER))",
        SqlTypeKind.Timestamp => $"(TIMESTAMP '{context.Shape.Calendar.Start} 00:00:00' + to_seconds(CAST(floor({u} * {Seconds}) AS BIGINT)))",
        SqlTypeKind.TimestampTz => $"CAST(TIMESTAMP '{context.Shape.Calendar.Start} 00:00:00' + to_seconds(CAST(floor({u} * {Seconds}) AS BIGINT)) AS TIMESTAMPTZ)",
        SqlTypeKind.Array => $"[{OfType(type.Arguments[0], name, context.U(name + "[0]", key), key)}, {OfType(type.Arguments[0], name, context.U(name + "[1]", key), key)}]",
        SqlTypeKind.Map => $"map([{OfType(type.Arguments[0], name, context.U(name + ".k", key), key)}], [{OfType(type.Arguments[1], name, context.U(name + ".v", key), key)}])",
        SqlTypeKind.Row => "struct_pack(" + string.Join(", ", type.FieldNames.Select((f, i) =>
            $"{Id(f)} := {OfType(type.Arguments[i], f, context.U(name + "." + f, key), key)}")) + ")",
        _ => throw new SynthException($"no generator for type {type}."),
    };

    private static string Decimal(SqlType type, string u)
    {
        var integerDigits = Math.Min(type.Precision - type.Scale, 6);
        var scale = Math.Pow(10, type.Scale);
        return $"CAST(floor({u} * {Real(Math.Pow(10, integerDigits) * scale)}) / {Real(scale)} AS {LakeTypes.DuckDbStorage(type)})";
    }

    private static string Varchar(string name, string u, string key)
    {
        if (name == "uuid" || name.EndsWith("_uuid", StringComparison.Ordinal))
        {
            return Uuid($"CAST({key} AS VARCHAR) || {Text(name)}");
        }

        if (name.Contains("email", StringComparison.Ordinal))
        {
            return $"('user' || CAST({key} AS VARCHAR) || '@example.org')";
        }

        if (name.Contains("settings", StringComparison.Ordinal) || name.Contains("parameters", StringComparison.Ordinal) || name.Contains("json", StringComparison.Ordinal))
        {
            return "'{}'";
        }

        string[] words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
        return $"({Text(name + " ")} || [{string.Join(", ", words.Select(Text))}][1 + CAST(floor({u} * 8) AS BIGINT)] || ' ' || CAST({key} AS VARCHAR))";
    }

    /// <summary>A uuid-shaped string (8-4-4-4-12 hex) derived from <paramref name="seedText"/>.</summary>
    public static string Uuid(string seedText) =>
        $"(substr(md5({seedText}), 1, 8) || '-' || substr(md5({seedText}), 9, 4) || '-4' || substr(md5({seedText}), 14, 3) || '-a' || substr(md5({seedText}), 18, 3) || '-' || substr(md5({seedText}), 21, 12))";
}

/// <summary>A parent's key values numbered 1..Count, for foreign keys to tables whose ids are not dense.</summary>
/// <param name="Name">The working table (<c>ord</c>, <c>v</c>).</param>
/// <param name="Count">How many values.</param>
internal sealed record PickTable(string Name, long Count);
