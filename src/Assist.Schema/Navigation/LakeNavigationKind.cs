namespace Assist.Schema.Navigation;

/// <summary>The join shapes a navigation takes; <c>Assist.Query.Metadata.NavigationKind</c> has the same members by name.</summary>
public enum LakeNavigationKind
{
    /// <summary>A foreign key to its parent row.</summary>
    ToOne,

    /// <summary>The reverse of a foreign key: the child rows that point at a row.</summary>
    ToMany,

    /// <summary>An xid column resolved through the external references table to one kind's target.</summary>
    Xref,

    /// <summary>From an xref target row to its external reference for a partner.</summary>
    ExternalReference,
}
