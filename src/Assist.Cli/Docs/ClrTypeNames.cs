using Assist.Schema.Model;
using Assist.Schema.Types;

namespace Assist.Cli.Docs;

/// <summary>The C# type of a column as <see cref="LakeTypes"/> maps it, spelt the way a researcher writes it.</summary>
internal static class ClrTypeNames
{
    /// <summary>The property type: the enum for enum columns, <c>T?</c> for nullable columns.</summary>
    public static string Of(ColumnDef column, EnumDef? enumeration)
    {
        if (enumeration is not null)
        {
            var name = Assist.Schema.Naming.EnumTypeName(enumeration);
            return column.Nullable ? name + "?" : name;
        }

        if (column.Type is null)
        {
            return "?";
        }

        var mapped = LakeTypes.ClrType(column.Type);
        if (mapped is null)
        {
            return "not mapped (" + LakeTypes.NotMappedReason(column.Type) + ")";
        }

        return column.Nullable ? mapped.DisplayName + "?" : mapped.DisplayName;
    }
}
