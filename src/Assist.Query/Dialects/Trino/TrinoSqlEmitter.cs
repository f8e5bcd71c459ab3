namespace Assist.Query.Dialects;

/// <summary>
/// Trino (Athena engine v3). The base emitter already writes Trino's spelling, so this class only names the
/// dialect; Athena derives from it and adds Athena's limits through <see cref="SqlDialect"/> flags.
/// </summary>
internal class TrinoSqlEmitter : SqlEmitter
{
    public TrinoSqlEmitter(SqlDialect dialect) : base(dialect)
    {
    }
}
