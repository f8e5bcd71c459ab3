namespace Assist.Query;

/// <summary>The file format of an exported query result.</summary>
public enum ExportFormat
{
    /// <summary>Apache Parquet (types kept).</summary>
    Parquet,

    /// <summary>Comma-separated values with a header line.</summary>
    Csv,
}
