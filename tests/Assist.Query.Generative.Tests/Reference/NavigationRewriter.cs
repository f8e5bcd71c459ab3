using System.Linq.Expressions;
using Assist.Query.Metadata;

namespace Assist.Query.Generative.Tests.Reference;

/// <summary>
/// Turns a query lambda into its LINQ-to-Objects reference: navigation calls (whose bodies throw outside a query)
/// become lookups over the example's rows, and a member read through a to-one navigation that found nothing is
/// null, as the LEFT JOIN the navigation stands for gives (the meaning documented in docs/generated-api.md). C# 14's
/// span-based array Contains becomes Enumerable.Contains.
/// </summary>
public sealed class NavigationRewriter(ReferenceLake lake) : ExpressionVisitor
{
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (Generation.CompiledShapes.IsSpanContains(node))
        {
            // Spans cannot live in a compiled lambda's closure: the reference reads the array itself.
            var array = node.Arguments[0] switch
            {
                MethodCallExpression { Method.Name: "op_Implicit" } conversion => conversion.Arguments[0],
                UnaryExpression conversion => conversion.Operand,
                var other => other,
            };
            var element = array.Type.GetElementType()!;
            var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(element);
            return Expression.Call(contains, Visit(array), Visit(node.Arguments[1]));
        }

        if (node.Object is not null && LakeModel.FindNavigation(node.Method.DeclaringType!, node.Method.Name) is { } navigation)
        {
            var source = Expression.Convert(Visit(node.Object), typeof(object));
            var lakeConstant = Expression.Constant(lake);
            var metadata = Expression.Constant(navigation);
            if (navigation.Kind == NavigationKind.ToMany)
            {
                var call = Expression.Call(lakeConstant, nameof(ReferenceLake.ToMany), Type.EmptyTypes, metadata, source);
                return Expression.Convert(call, node.Type);
            }

            return Expression.Convert(Expression.Call(lakeConstant, nameof(ReferenceLake.ToOne), Type.EmptyTypes, metadata, source), node.Type);
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is MethodCallExpression call && call.Object is not null
            && LakeModel.FindNavigation(call.Method.DeclaringType!, call.Method.Name) is { Kind: not NavigationKind.ToMany })
        {
            var target = Visit(call);
            var read = Expression.MakeMemberAccess(target, node.Member);
            var isNullable = !node.Type.IsValueType || Nullable.GetUnderlyingType(node.Type) is not null;
            return isNullable
                ? Expression.Condition(Expression.Equal(target, Expression.Constant(null, target.Type)), Expression.Constant(null, node.Type), read)
                : read;
        }

        return base.VisitMember(node);
    }

    /// <summary>The reference delegate of <paramref name="lambda"/>.</summary>
    public Delegate Compile(LambdaExpression lambda) => ((LambdaExpression)Visit(lambda)).Compile();
}
