using System.Linq.Expressions;
using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Translation;

/// <summary>
/// Generated navigation methods to joins. Each distinct path is joined once per query level and reused. To-one and
/// xref joins never multiply rows (they follow a key), so they are safe under aggregates; to-many navigations are
/// sequences (subqueries or SelectMany joins), never implicit joins.
/// </summary>
internal sealed partial class QueryTranslator
{
    private EntityShape Navigate(MethodCallExpression call, NavigationMetadata navigation, Scope scope)
    {
        if (BindShape(call.Object!, scope) is not EntityShape source)
        {
            throw Fail("a navigation from something that is not a lake row", call);
        }

        var target = LakeModel.FindTable(navigation.TargetType) ?? throw Fail("a navigation to an unregistered entity", call);
        var owner = source.Owner;
        var partnerKey = string.Empty;
        SqlExpr? partner = null;
        if (navigation.Kind == NavigationKind.ExternalReference)
        {
            partner = call.Arguments.Count > 0
                ? TranslateScalar(call.Arguments[0], scope)
                : new SqlLiteral(navigation.DefaultPartnerId ?? 0, SqlType.Integer);
            partnerKey = partner.ToString();
        }

        var key = source.Alias + "." + navigation.MethodName + "(" + partnerKey + ")";
        if (owner.NavigationJoins.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var kind = navigation.IsOptional || source.Optional ? SqlJoinKind.Left : SqlJoinKind.Inner;
        EntityShape result;
        switch (navigation.Kind)
        {
            case NavigationKind.ToOne:
                result = JoinTable(owner, target, kind, t => NavigationJoins.ForeignKey(t.Column(navigation.TargetColumn), source.Column(navigation.SourceColumn)));
                break;
            case NavigationKind.Xref:
                {
                    var xref = XrefTable(call);
                    var reference = JoinTable(owner, xref.Table, kind, x => NavigationJoins.XrefById(
                        x.Column(xref.Meta.IdColumn), source.Column(navigation.SourceColumn), x.Column(xref.Meta.TypeColumn), navigation.XrefTypeId ?? 0));
                    result = JoinTable(owner, target, kind, t => NavigationJoins.XrefTarget(t.Column(navigation.TargetColumn), reference.Column(xref.Meta.TargetColumn)));
                    break;
                }

            case NavigationKind.ExternalReference:
                {
                    var xref = XrefTable(call);
                    result = JoinTable(owner, xref.Table, kind, x => NavigationJoins.ExternalReference(
                        x.Column(xref.Meta.TargetColumn), source.Column(navigation.SourceColumn), x.Column(xref.Meta.TypeColumn), navigation.XrefTypeId ?? 0,
                        x.Column(xref.Meta.PartnerColumn), partner!));
                    break;
                }

            default:
                throw Fail("a to-many navigation used as a row (use it as a sequence: from x in a.Children() or a.Children().Count())", call);
        }

        owner.NavigationJoins[key] = result;
        return result;
    }

    private EntityShape JoinTable(SelectBuilder owner, TableMetadata table, SqlJoinKind kind, Func<EntityShape, SqlExpr> on)
    {
        var alias = NextAlias();
        var shape = new EntityShape(table, alias, owner, kind == SqlJoinKind.Left);
        owner.Joins.Add(new SqlJoin(kind, new SqlTable(table.Catalog, table.Schema, table.Name, alias), on(shape)));
        return shape;
    }

    private (XrefMetadata Meta, TableMetadata Table) XrefTable(MethodCallExpression call)
    {
        var meta = LakeModel.FindXref(call.Method.DeclaringType!) ?? throw Fail("an xref navigation (no external references table is registered)", call);
        var table = LakeModel.FindTable(meta.EntityType) ?? throw Fail("an xref navigation (the external references table is not registered)", call);
        return (meta, table);
    }

    /// <summary>A to-many navigation as a sequence level: the children correlated to the parent row.</summary>
    private SelectBuilder ChildrenOf(MethodCallExpression call, NavigationMetadata navigation, Scope scope)
    {
        if (BindShape(call.Object!, scope) is not EntityShape parent)
        {
            throw Fail("a navigation from something that is not a lake row", call);
        }

        var table = LakeModel.FindTable(navigation.TargetType) ?? throw Fail("a navigation to an unregistered entity", call);
        var b = Root(table);
        var child = (EntityShape)b.Shape;
        b.AddWhere(NavigationJoins.ForeignKey(child.Column(navigation.TargetColumn), parent.Column(navigation.SourceColumn)));
        return b;
    }
}
