using System.Globalization;
using Assist.Schema.Navigation;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Parsing;

/// <summary>
/// A planned navigation (<see cref="NavigationPlanner"/>, shared with the data dictionary) as the generator writes it:
/// C# types, the doc summary and the join in the remarks.
/// </summary>
internal static class NavigationSpecBuilder
{
    /// <summary>The method spec of <paramref name="navigation"/>.</summary>
    public static NavigationSpec Build(LakeNavigation navigation, NavigationPlan plan, LakeIndex index)
    {
        var table = navigation.Table;
        var target = navigation.Target;
        var targetType = index.EntityType(target);
        switch (navigation.Kind)
        {
            case LakeNavigationKind.ToOne:
                {
                    var column = navigation.Column!.Name;
                    return Spec(navigation, targetType, navigation.CanBeMissing ? targetType + "?" : targetType, null,
                        navigation.CanBeMissing
                            ? "The " + target.Name + " row this row's " + column + " points at, or null when " + column + " is null."
                            : "The " + target.Name + " row this row's " + column + " points at.",
                        (navigation.IsOptional ? "LEFT JOIN " : "JOIN ") + target.QualifiedName + " ON " + ForeignKeyJoin(navigation.Table, navigation));
                }

            case LakeNavigationKind.ToMany:
                return Spec(navigation, targetType, "global::System.Collections.Generic.IEnumerable<" + targetType + ">", null,
                    "The " + target.Name + " rows whose " + navigation.TargetColumn + " points at this row (use inside a query: Count, Any, Sum ...).",
                    "correlated " + target.QualifiedName + " WHERE " + ForeignKeyJoin(target, navigation));

            case LakeNavigationKind.Xref:
                {
                    var xref = plan.Xref!;
                    var column = navigation.SourceColumn;
                    return Spec(navigation, targetType, navigation.CanBeMissing ? targetType + "?" : targetType, null,
                        "The " + target.Name + " row (xref kind " + navigation.XrefKind + ") that " + column + " refers to through " + xref.Table
                            + (navigation.CanBeMissing ? ", or null when " + column + " is null or refers to another kind." : "."),
                        "LEFT JOIN " + xref.Table + " x ON x." + xref.IdColumn + " = " + table.QualifiedName + "." + column
                            + " AND x." + xref.TypeColumn + " = " + Number(navigation.XrefTypeId) + " (" + navigation.XrefKind + ")"
                            + " LEFT JOIN " + target.QualifiedName + " ON " + target.QualifiedName + "." + navigation.TargetColumn + " = x." + xref.TargetColumn);
                }

            default:
                {
                    var xref = plan.Xref!;
                    var partner = navigation.DefaultPartner!;
                    var partnerEnum = plan.PartnerEnum!;
                    return Spec(navigation, targetType, targetType,
                        index.EnumType(partnerEnum) + " partner = " + index.EnumType(partnerEnum) + "." + Schema.Naming.EnumMemberName(partner),
                        "This row's " + target.Name + " row for a partner (default " + xref.DefaultPartner + ", partner "
                            + Number(partner.Value) + "). Inside a query its columns are NULL when the partner has none.",
                        "LEFT JOIN " + xref.Table + " x ON x." + xref.TargetColumn + " = " + table.QualifiedName + "." + navigation.SourceColumn
                            + " AND x." + xref.TypeColumn + " = " + Number(navigation.XrefTypeId) + " (" + navigation.XrefKind + ")"
                            + " AND x." + xref.PartnerColumn + " = partner");
                }
        }
    }

    // The foreign key's equality, written child first: child.fk = parent.key.
    private static string ForeignKeyJoin(Assist.Schema.Model.TableDef child, LakeNavigation navigation)
    {
        var parent = ReferenceEquals(child, navigation.Table) ? navigation.Target : navigation.Table;
        return child.QualifiedName + "." + navigation.Column!.Name + " = " + parent.QualifiedName + "."
            + (navigation.Kind == LakeNavigationKind.ToOne ? navigation.TargetColumn : navigation.SourceColumn);
    }

    private static NavigationSpec Spec(LakeNavigation navigation, string targetType, string returnType, string? partnerParameter, string summary, string join) =>
        new NavigationSpec(
            Kind(navigation.Kind),
            navigation.MethodName,
            targetType,
            returnType,
            navigation.SourceColumn,
            navigation.TargetColumn,
            navigation.XrefTypeId,
            navigation.DefaultPartner?.Value,
            navigation.IsOptional,
            partnerParameter,
            summary,
            join);

    // The spec keeps its own kind so specs hold no schema-model type (SpecShapeTests).
    private static NavigationSpecKind Kind(LakeNavigationKind kind) => kind switch
    {
        LakeNavigationKind.ToOne => NavigationSpecKind.ToOne,
        LakeNavigationKind.ToMany => NavigationSpecKind.ToMany,
        LakeNavigationKind.Xref => NavigationSpecKind.Xref,
        _ => NavigationSpecKind.ExternalReference,
    };

    private static string Number(long? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);
}
