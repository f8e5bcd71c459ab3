namespace Assist.Query.Metadata;

/// <summary>Where external references live and which columns an xref join uses. One per lake; emitted by the generator.</summary>
/// <param name="EntityType">The generated entity of the external references table.</param>
/// <param name="IdColumn"><c>id</c>: what xid columns hold.</param>
/// <param name="TargetColumn"><c>target_id</c>: the id in the target table.</param>
/// <param name="TypeColumn"><c>xref_type_id</c>.</param>
/// <param name="PartnerColumn"><c>partner_id</c>.</param>
public sealed record XrefMetadata(Type EntityType, string IdColumn, string TargetColumn, string TypeColumn, string PartnerColumn);
