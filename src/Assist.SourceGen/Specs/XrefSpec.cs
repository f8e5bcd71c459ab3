namespace Assist.SourceGen.Specs;

/// <summary>The <c>XrefMetadata</c> registration: where xids resolve.</summary>
/// <remarks>Cacheability contract: see <see cref="LakeSpec"/>.</remarks>
/// <param name="Namespace">The root namespace.</param>
/// <param name="EntityType">The <c>global::</c>-qualified entity of the external references table.</param>
/// <param name="IdColumn">What xid columns hold.</param>
/// <param name="TargetColumn">The id in the target table.</param>
/// <param name="TypeColumn">The kind of target.</param>
/// <param name="PartnerColumn">The owning partner.</param>
internal sealed record XrefSpec(
    string Namespace,
    string EntityType,
    string IdColumn,
    string TargetColumn,
    string TypeColumn,
    string PartnerColumn);
