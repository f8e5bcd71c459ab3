using Assist.Query.Metadata;

namespace Assist.Query.Review;

/// <summary>
/// The lake columns that identify one person, derived from the registered navigations rather than from schema keys:
/// the tables xref navigations of kind <c>user</c> reach (the users table) are person tables; their primary keys, the
/// xid columns of those navigations (<c>assignment_logs.user_xid</c>) and the foreign keys that reach a person table
/// (<c>t_setting.teacher_id</c>) are person identifiers.
/// </summary>
internal sealed class PersonIdentifiers
{
    // The xref_type enumeration value whose targets are people (schema/enums.yaml: 1 = user).
    private const string PersonKind = "User";

    private readonly HashSet<(string Table, string Column)> _columns;

    private PersonIdentifiers(HashSet<(string Table, string Column)> columns) => _columns = columns;

    /// <summary>Computes the set from what generated code has registered so far.</summary>
    public static PersonIdentifiers FromLakeModel()
    {
        var columns = new HashSet<(string, string)>();
        var personTables = new HashSet<Type>();
        foreach (var navigation in LakeModel.Navigations)
        {
            if (navigation.Kind == NavigationKind.Xref && IsPersonKind(navigation)
                && LakeModel.FindTable(navigation.DeclaringType) is { } declaring)
            {
                personTables.Add(navigation.TargetType);
                columns.Add((declaring.QualifiedName, navigation.SourceColumn));
            }
        }

        foreach (var type in personTables)
        {
            if (LakeModel.FindTable(type) is { } table)
            {
                foreach (var key in table.PrimaryKey)
                {
                    columns.Add((table.QualifiedName, key));
                }
            }
        }

        foreach (var navigation in LakeModel.Navigations)
        {
            if (navigation.Kind == NavigationKind.ToOne && personTables.Contains(navigation.TargetType)
                && LakeModel.FindTable(navigation.DeclaringType) is { } declaring)
            {
                columns.Add((declaring.QualifiedName, navigation.SourceColumn));
            }
        }

        return new PersonIdentifiers(columns);
    }

    /// <summary>Whether <paramref name="column"/> of <paramref name="qualifiedTable"/> identifies a person.</summary>
    public bool Contains(string qualifiedTable, string column) => _columns.Contains((qualifiedTable, column));

    // The kind is named by the xref table's type column, an enum column: its value name says what the xid points at.
    private static bool IsPersonKind(NavigationMetadata navigation)
    {
        if (navigation.XrefTypeId is not { } typeId
            || LakeModel.FindXref(navigation.DeclaringType) is not { } xref
            || LakeModel.FindTable(xref.EntityType) is not { } xrefTable)
        {
            return false;
        }

        var typeColumn = xrefTable.Columns.FirstOrDefault(c => c.SqlName == xref.TypeColumn);
        var enumType = typeColumn is null ? null : Nullable.GetUnderlyingType(typeColumn.ClrType) ?? typeColumn.ClrType;
        if (enumType is not { IsEnum: true })
        {
            return false;
        }

        var value = Enum.ToObject(enumType, typeId);
        return Enum.GetName(enumType, value) == PersonKind;
    }
}
