namespace Assist.Schema.Drift;

/// <summary>One difference between the YAML and a lake.</summary>
/// <param name="Kind">What differs.</param>
/// <param name="Table">The YAML's <c>catalog.schema.table</c> (the lake's names mapped to the YAML's catalogs).</param>
/// <param name="Column">The column, or null for a table difference.</param>
/// <param name="Yaml">What the YAML says (a type, <c>nullable</c>/<c>not null</c>), or null.</param>
/// <param name="Lake">What the lake says, or null.</param>
/// <param name="Where">Where each side is written: the YAML <c>file(line,col)</c> and/or the lake's file and line.</param>
public sealed record LakeDifference(DifferenceKind Kind, string Table, string? Column, string? Yaml, string? Lake, string Where)
{
    /// <summary>One line for a person: <c>where: what</c>.</summary>
    public override string ToString()
    {
        var subject = Column is null ? "table " + Table : "column " + Column + " of " + Table;
        switch (Kind)
        {
            case DifferenceKind.TableNotInYaml: return Where + ": " + subject + " is in the lake but not in the YAML";
            case DifferenceKind.TableNotInLake: return Where + ": " + subject + " is in the YAML but not in the lake";
            case DifferenceKind.ColumnNotInYaml: return Where + ": " + subject + " (" + Lake + ") is in the lake but not in the YAML";
            case DifferenceKind.ColumnNotInLake: return Where + ": " + subject + " is in the YAML but not in the lake";
            case DifferenceKind.TypeDiffers: return Where + ": " + subject + " is " + Lake + " in the lake, " + Yaml + " in the YAML";
            default: return Where + ": " + subject + " is " + Lake + " in the lake, " + Yaml + " in the YAML";
        }
    }
}
