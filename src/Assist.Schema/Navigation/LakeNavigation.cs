using Assist.Schema.Model;

namespace Assist.Schema.Navigation;

/// <summary>
/// One navigation of one table, as the schema implies it: what the generator makes a method of and the data dictionary
/// shows as a join. Planned once by <see cref="NavigationPlanner"/> for both.
/// </summary>
/// <param name="Kind">The join shape.</param>
/// <param name="MethodName">The generated method's name.</param>
/// <param name="Table">The table the navigation is declared on.</param>
/// <param name="Target">The table it reaches (for <see cref="LakeNavigationKind.ExternalReference"/>, the external references table).</param>
/// <param name="SourceColumn">The column of <paramref name="Table"/> the join reads (the foreign key, the xid, or the key for to-many and external references).</param>
/// <param name="TargetColumn">The column of <paramref name="Target"/> it matches (the key, the child's foreign key, or the xref target column).</param>
/// <param name="Column">The foreign key or xid column that declares the navigation (on <paramref name="Target"/> for to-many); null for external references.</param>
/// <param name="XrefKind">The xref kind's value name (<c>user</c>) for xref and external reference navigations; otherwise null.</param>
/// <param name="XrefTypeId">The xref type code of <paramref name="XrefKind"/>; otherwise null.</param>
/// <param name="DefaultPartner">The partner an external reference uses when none is given; otherwise null.</param>
/// <param name="IsOptional">True when the join may find no row, so it is a LEFT JOIN: a nullable column, or any xref.</param>
/// <param name="CanBeMissing">True when the method's row can be null in C#: a nullable foreign key, a nullable xid or an xid of several kinds.</param>
/// <param name="Origin">Where the schema declares it (the column, or the xref target), for diagnostics.</param>
public sealed record LakeNavigation(
    LakeNavigationKind Kind,
    string MethodName,
    TableDef Table,
    TableDef Target,
    string SourceColumn,
    string TargetColumn,
    ColumnDef? Column,
    string? XrefKind,
    long? XrefTypeId,
    EnumValueDef? DefaultPartner,
    bool IsOptional,
    bool CanBeMissing,
    SourceSpan Origin);
