using Assist.Schema.Model;

namespace Assist.Cli.Synth;

/// <summary>
/// What recipes and the fallback need while a lake is generated: the seed, the world's shape and id bases, the
/// schema, every table's dense id range and where each xref kind's external references start.
/// </summary>
internal sealed class SynthContext
{
    private readonly Dictionary<string, IdRange> _ranges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XrefKind> _kinds = new(StringComparer.Ordinal);

    /// <summary>Creates the context.</summary>
    public SynthContext(LakeSchema schema, WorldShape shape, IdBases ids, long seed, string outputRoot)
    {
        Schema = schema;
        Shape = shape;
        Ids = ids;
        Seed = seed;
        OutputRoot = outputRoot;
    }

    /// <summary>The lake schema being generated.</summary>
    public LakeSchema Schema { get; }

    /// <summary>The world's counts.</summary>
    public WorldShape Shape { get; }

    /// <summary>Where ids start.</summary>
    public IdBases Ids { get; }

    /// <summary>The seed.</summary>
    public long Seed { get; }

    /// <summary>The (temporary) lake folder being written.</summary>
    public string OutputRoot { get; }

    /// <summary>The xref kinds that resolve, by kind name.</summary>
    public IReadOnlyDictionary<string, XrefKind> XrefKinds => _kinds;

    /// <summary>The partner code every generated external reference gets (the schema's default partner, TNG = 5).</summary>
    public long PartnerValue { get; set; } = 5;

    /// <summary>Records a table's dense id range.</summary>
    public void SetRange(string table, IdRange range) => _ranges[table] = range;

    /// <summary>The dense id range of a table, or null when its ids are not dense (or it is not generated).</summary>
    public IdRange? RangeOf(string table) => _ranges.TryGetValue(table, out var r) ? r : null;

    /// <summary>Records a resolvable xref kind.</summary>
    public void AddXrefKind(XrefKind kind) => _kinds[kind.Name] = kind;

    /// <summary>Records the folder a table was written to.</summary>
    public void SetWritten(string table, string folder) => _written[table] = folder;

    /// <summary>Whether a table's files are already written.</summary>
    public bool IsWritten(string table) => _written.ContainsKey(table);

    /// <summary>A <c>read_parquet(...)</c> over a table already written.</summary>
    public string Read(string table) => _written.TryGetValue(table, out var folder)
        ? $"read_parquet({SynthSql.Text(Path.Combine(folder, "*.parquet"))})"
        : throw new SynthException($"internal: {table} is read before it is written.");

    /// <summary>The xid of the row with id <paramref name="targetIdSql"/> in the target table of <paramref name="kind"/>.</summary>
    public string Xid(string kind, string targetIdSql) => _kinds.TryGetValue(kind, out var k)
        ? $"({k.XidBase} + ({targetIdSql}) - {k.Target.Base})"
        : throw new SynthException($"the schema's xref section has no target table for kind '{kind}', which a generated column needs.");

    /// <summary>The code of enumeration value <paramref name="valueName"/>, or <paramref name="fallback"/> when the enumeration does not list it.</summary>
    public long EnumValue(string enumName, string valueName, long fallback) =>
        Schema.FindEnum(enumName)?.Values.FirstOrDefault(v => v.Name == valueName)?.Value ?? fallback;

    /// <summary>A SQL uniform [0,1) for the given keys.</summary>
    public string U(string salt, params string[] keys) => SynthSql.Uniform(Seed, salt, keys);
}

/// <summary>An xref kind that can be generated: its code, target table range and where its xids start.</summary>
/// <param name="Name">Kind name (<c>user</c>).</param>
/// <param name="TypeValue">Its <c>xref_type_id</c> code.</param>
/// <param name="TargetTable">Qualified target table.</param>
/// <param name="Target">The target table's dense id range.</param>
/// <param name="XidBase">The first external_references.id of this kind.</param>
internal sealed record XrefKind(string Name, long TypeValue, string TargetTable, IdRange Target, long XidBase);
