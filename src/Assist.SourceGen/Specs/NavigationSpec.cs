namespace Assist.SourceGen.Specs;

/// <summary>One navigation method and its <c>NavigationMetadata</c>.</summary>
/// <remarks>Cacheability contract: see <see cref="LakeSpec"/>.</remarks>
/// <param name="Kind">The join shape.</param>
/// <param name="MethodName">The method name.</param>
/// <param name="TargetType">The <c>global::</c>-qualified entity the navigation reaches.</param>
/// <param name="ReturnType">The method's return type as written (<c>T</c>, <c>T?</c>, <c>IEnumerable&lt;T&gt;</c>).</param>
/// <param name="SourceColumn">SQL name of the column on the declaring table.</param>
/// <param name="TargetColumn">SQL name of the column on the target table.</param>
/// <param name="XrefTypeId">The xref_type_id value written for this kind, or null.</param>
/// <param name="DefaultPartnerId">The default partner id (ExternalReference only), or null.</param>
/// <param name="IsOptional">True when the join may find no row (nullable column, xref): a LEFT JOIN.</param>
/// <param name="PartnerParameter">For ExternalReference: <c>global::Ns.Partner partner = global::Ns.Partner.Tng</c>; otherwise null.</param>
/// <param name="Summary">The XML doc summary (plain text; escaped by the emitter).</param>
/// <param name="Join">The join the method stands for, in SQL-ish text for the remarks.</param>
internal sealed record NavigationSpec(
    NavigationSpecKind Kind,
    string MethodName,
    string TargetType,
    string ReturnType,
    string SourceColumn,
    string TargetColumn,
    long? XrefTypeId,
    long? DefaultPartnerId,
    bool IsOptional,
    string? PartnerParameter,
    string Summary,
    string Join);
