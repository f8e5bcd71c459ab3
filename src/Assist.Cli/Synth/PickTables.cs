using DuckDB.NET.Data;

namespace Assist.Cli.Synth;

/// <summary>
/// For foreign keys to tables whose ids are not dense: the parent's key values numbered 1..n, made once from its
/// written files, so a uniform draw picks an existing parent.
/// </summary>
internal sealed class PickTables(DuckDBConnection connection, SynthContext context)
{
    private readonly Dictionary<string, PickTable?> _tables = new(StringComparer.Ordinal);

    /// <summary>The pick table for a reference <c>catalog.schema.table.column</c>, or null when the parent is not written yet.</summary>
    public PickTable? Find(string reference)
    {
        if (_tables.TryGetValue(reference, out var known))
        {
            return known;
        }

        var cut = reference.LastIndexOf('.');
        var parent = reference[..cut];
        if (!context.IsWritten(parent))
        {
            return null;
        }

        var name = "w_pick_" + _tables.Count;
        var column = SynthSql.Id(reference[(cut + 1)..]);
        LakeSynthesizer.Execute(connection,
            $"CREATE TABLE {name} AS SELECT row_number() OVER (ORDER BY {column}) AS ord, {column} AS v FROM {context.Read(parent)} WHERE {column} IS NOT NULL");
        var pick = new PickTable(name, LakeSynthesizer.Scalar(connection, $"SELECT count(*) FROM {name}"));
        _tables[reference] = pick.Count > 0 ? pick : null;
        return _tables[reference];
    }
}
