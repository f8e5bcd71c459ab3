namespace Assist.Schema.Drift;

/// <summary>How the YAML and the lake differ.</summary>
public enum DifferenceKind
{
    /// <summary>The lake has a table the YAML does not describe.</summary>
    TableNotInYaml,

    /// <summary>The YAML describes a table the lake does not have.</summary>
    TableNotInLake,

    /// <summary>The lake's table has a column the YAML does not describe.</summary>
    ColumnNotInYaml,

    /// <summary>The YAML describes a column the lake's table does not have.</summary>
    ColumnNotInLake,

    /// <summary>The column's type differs.</summary>
    TypeDiffers,

    /// <summary>The column's nullability differs (only where the lake says YES or NO).</summary>
    NullabilityDiffers,
}
