namespace Assist.Schema.Model;

/// <summary>Where a table or column name comes from (LAKE-NOTES.md §0).</summary>
public enum Provenance
{
    /// <summary>Named in the lake description (seeds/000).</summary>
    Documented,

    /// <summary>Seen in public ASSISTments datasets or researcher code.</summary>
    Published,

    /// <summary>Inferred; not seen in any public source. Check against the live lake.</summary>
    Inferred,

    /// <summary>Added by <c>assist schema import</c> from the lake itself (information_schema or Parquet); not yet described by a person.</summary>
    Imported,
}
