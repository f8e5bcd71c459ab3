using Assist.Query.Dialects;

namespace Assist.Query;

/// <summary>
/// A target SQL dialect: its name and documented capability flags (docs/dialects.md rows). Emitters read these flags
/// and their own overrides; nothing outside the dialect classes compares dialects.
/// </summary>
public sealed class SqlDialect
{
    private readonly Func<SqlDialect, SqlEmitter> _createEmitter;

    private SqlDialect(string name, Func<SqlDialect, SqlEmitter> createEmitter)
    {
        Name = name;
        _createEmitter = createEmitter;
    }

    /// <summary>Trino (Athena engine v3 without Athena's limits).</summary>
    public static readonly SqlDialect Trino = new("Trino", d => new TrinoSqlEmitter(d));

    /// <summary>Athena: Trino with parameters only in WHERE (docs/dialects.md #38) and microsecond Iceberg timestamps.</summary>
    public static readonly SqlDialect Athena = new("Athena", d => new AthenaSqlEmitter(d)) { ParametersOnlyInWhere = true };

    /// <summary>DuckDB 1.5 (the local lake).</summary>
    public static readonly SqlDialect DuckDb = new("DuckDB", d => new DuckDbSqlEmitter(d)) { NumberedParameters = true, RegexIsRe2 = true };

    /// <summary>The dialect's display name, used in error messages.</summary>
    public string Name { get; }

    /// <summary>
    /// Parameters are written <c>$1</c>, <c>$2</c> … (numbered; one value per slot) instead of positional <c>?</c>
    /// (one value per occurrence). Default false (<c>?</c>). DuckDB: true.
    /// </summary>
    public bool NumberedParameters { get; private init; }

    /// <summary>
    /// Parameters may only appear in WHERE clauses; a value anywhere else (SELECT, ON, HAVING, LIMIT) is inlined as an
    /// escaped typed literal, e.g. <c>TIMESTAMP '2004-09-17 00:00:00.000000'</c>. Default false. Athena: true (docs/dialects.md #38).
    /// </summary>
    public bool ParametersOnlyInWhere { get; private init; }

    /// <summary>
    /// Regular expressions run on RE2 (no lookaround, no backreferences): such patterns are rejected at translation.
    /// Default false (Trino's Joni accepts them). DuckDB: true (docs/dialects.md #17).
    /// </summary>
    public bool RegexIsRe2 { get; private init; }

    internal SqlEmitter CreateEmitter() => _createEmitter(this);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
