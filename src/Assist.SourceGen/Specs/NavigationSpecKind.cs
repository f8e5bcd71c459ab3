namespace Assist.SourceGen.Specs;

/// <summary>The join shapes; mirrors <c>Assist.Query.Metadata.NavigationKind</c> by name (the generator cannot reference the runtime).</summary>
internal enum NavigationSpecKind
{
    /// <summary>Foreign key to its parent.</summary>
    ToOne,

    /// <summary>The reverse of a foreign key.</summary>
    ToMany,

    /// <summary>An xid column resolved through external_references.</summary>
    Xref,

    /// <summary>From a target row to its external reference for a partner.</summary>
    ExternalReference,
}
