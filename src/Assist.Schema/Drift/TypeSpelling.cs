namespace Assist.Schema.Drift;

/// <summary>How a lake source spells its column types.</summary>
public enum TypeSpelling
{
    /// <summary>Athena DML, as <c>information_schema.columns.data_type</c> gives it (<c>decimal(10,2)</c>).</summary>
    Athena,

    /// <summary>DuckDB, as <c>DESCRIBE</c> of a Parquet file gives it (<c>DECIMAL(10,2)</c>); lossy (timestamp precision).</summary>
    DuckDb,
}
