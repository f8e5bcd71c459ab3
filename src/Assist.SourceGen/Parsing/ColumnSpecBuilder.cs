using System.Globalization;
using Assist.Schema;
using Assist.Schema.Model;
using Assist.Schema.Types;
using Assist.SourceGen.Emitting;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Parsing;

/// <summary>Maps one YAML column to its property and metadata spec; the C# type comes from <see cref="LakeTypes"/>.</summary>
internal static class ColumnSpecBuilder
{
    /// <summary>The column's spec, or null when its type did not parse or has no C# mapping.</summary>
    public static ColumnSpec? Build(ColumnDef column, LakeIndex index)
    {
        if (column.Type is null)
        {
            return null;
        }

        var clrType = EnumClrType(column, index) ?? LakeTypes.ClrType(column.Type);
        if (clrType is null)
        {
            return null;
        }

        var enumeration = EnumOf(column, index);
        var name = clrType.FullName;
        return new ColumnSpec(
            column.Name,
            Naming.PropertyName(column),
            column.Nullable ? name + "?" : name,
            column.Nullable && !clrType.IsReferenceType ? name + "?" : name,
            clrType.IsReferenceType,
            column.Type.ToString(),
            LakeTypeLiteral.Of(column.Type),
            column.Nullable,
            column.Pii,
            column.Description,
            ProvenanceText(column.Provenance),
            enumeration is null ? null : index.EnumType(enumeration),
            column.References,
            column.Xref.ToEquatableArray(),
            column.Unit);
    }

    /// <summary>Lower-case provenance, as the YAML spells it.</summary>
    public static string ProvenanceText(Provenance provenance) => provenance.ToString().ToLower(CultureInfo.InvariantCulture);

    // Only integer codes become C# enums; an enum on another type is the validator's to report.
    private static EnumDef? EnumOf(ColumnDef column, LakeIndex index)
    {
        var kind = column.Type?.Kind;
        return kind == SqlTypeKind.Integer || kind == SqlTypeKind.Bigint ? index.FindEnum(column.Enum) : null;
    }

    private static LakeClrType? EnumClrType(ColumnDef column, LakeIndex index)
    {
        var enumeration = EnumOf(column, index);
        return enumeration is null ? null : new LakeClrType(index.EnumType(enumeration), index.EnumType(enumeration), false);
    }
}
