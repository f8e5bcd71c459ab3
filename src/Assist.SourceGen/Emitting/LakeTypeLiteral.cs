using System.Globalization;
using System.Linq;
using Assist.Schema.Model;

namespace Assist.SourceGen.Emitting;

/// <summary>
/// A C# expression that builds a lake type (<c>SqlType.DecimalOf(10, 2)</c>), so the generated metadata carries each
/// column's structured type and the query layer never parses type text at run time.
/// </summary>
internal static class LakeTypeLiteral
{
    private const string TypeName = "global::Assist.Schema.Model.SqlType";
    private const string KindName = "global::Assist.Schema.Model.SqlTypeKind";

    /// <summary>The expression for <paramref name="type"/>.</summary>
    public static string Of(SqlType type)
    {
        switch (type.Kind)
        {
            case SqlTypeKind.Decimal:
                return TypeName + ".DecimalOf(" + Number(type.Precision) + ", " + Number(type.Scale) + ")";
            case SqlTypeKind.Timestamp:
            case SqlTypeKind.TimestampTz:
                return TypeName + ".TimestampOf(" + Number(type.Precision) + ", " + Literal.Bool(type.Kind == SqlTypeKind.TimestampTz) + ")";
            case SqlTypeKind.Array:
                return TypeName + ".ArrayOf(" + Of(type.Arguments[0]) + ")";
            case SqlTypeKind.Map:
                return TypeName + ".MapOf(" + Of(type.Arguments[0]) + ", " + Of(type.Arguments[1]) + ")";
            case SqlTypeKind.Row:
                return TypeName + ".RowOf(new string[] { " + string.Join(", ", type.FieldNames.Select(Literal.String)) + " }, new "
                    + TypeName + "[] { " + string.Join(", ", type.Arguments.Select(Of)) + " })";
            default:
                return TypeName + ".Simple(" + KindName + "." + type.Kind + ")";
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
