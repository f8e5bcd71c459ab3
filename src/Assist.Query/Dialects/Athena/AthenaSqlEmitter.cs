namespace Assist.Query.Dialects;

/// <summary>
/// Athena: Trino's SQL with Athena's limits. Parameters only in WHERE, other values inlined as escaped typed
/// literals (docs/dialects.md #38, <see cref="SqlDialect.ParametersOnlyInWhere"/>); Iceberg timestamps are microseconds,
/// which the base <c>timestamp(6)</c> spelling already honours (docs/dialects.md #10).
/// </summary>
internal sealed class AthenaSqlEmitter : TrinoSqlEmitter
{
    public AthenaSqlEmitter(SqlDialect dialect) : base(dialect)
    {
    }
}
