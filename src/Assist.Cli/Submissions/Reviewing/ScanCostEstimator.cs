using Assist.Schema.Model;

namespace Assist.Cli.Submissions.Reviewing;

/// <summary>
/// Estimates the bytes a statement scans: Σ over the columns it reads of (table rows × the column's average bytes).
/// Rows are the schema's <c>approx_rows</c>; bytes per value are its <c>avg_bytes</c> or a per-type default. Partition
/// pruning, Parquet statistics and compression beyond <c>avg_bytes</c> are not modelled, and a column read twice (a
/// self-join) counts once, so the figure is an upper bound of what one careful scan reads, not a bill.
/// </summary>
internal sealed class ScanCostEstimator
{
    /// <summary>Rows assumed for a table whose schema gives no <c>approx_rows</c>.</summary>
    public const long DefaultRows = 1_000_000;

    private readonly Dictionary<string, TableDef> _tables;

    public ScanCostEstimator(LakeSchema schema)
    {
        _tables = schema.Tables.ToDictionary(t => t.QualifiedName, StringComparer.Ordinal);
    }

    /// <summary>Bytes scanned reading the given columns (<c>catalog.schema.table.column</c>).</summary>
    public long EstimateBytes(IEnumerable<string> columns)
    {
        double total = 0;
        foreach (var qualified in columns)
        {
            var dot = qualified.LastIndexOf('.');
            if (dot < 0 || !_tables.TryGetValue(qualified[..dot], out var table))
            {
                continue;
            }

            var name = qualified[(dot + 1)..];
            var column = table.Columns.FirstOrDefault(c => c.Name == name);
            total += (table.ApproxRows ?? DefaultRows) * (column?.AvgBytes ?? DefaultBytes(column?.Type?.Kind));
        }

        return (long)Math.Ceiling(total);
    }

    /// <summary>Average stored bytes per value by type, where the schema gives none (Parquet, before compression).</summary>
    public static double DefaultBytes(SqlTypeKind? kind) => kind switch
    {
        SqlTypeKind.Boolean => 1,
        SqlTypeKind.Integer or SqlTypeKind.Real or SqlTypeKind.Date => 4,
        SqlTypeKind.Bigint or SqlTypeKind.Double or SqlTypeKind.Timestamp or SqlTypeKind.TimestampTz => 8,
        SqlTypeKind.Decimal => 16,
        SqlTypeKind.Varchar => 32,
        _ => 64,
    };
}
