using System.Linq.Expressions;

namespace Assist.Query.Translation;

/// <summary>
/// The <c>g</c> of <c>join … into g</c>: the inner query and both keys, not yet joined. <c>from x in g.DefaultIfEmpty()</c>
/// turns it into a LEFT JOIN; an aggregate over it becomes a correlated subquery.
/// </summary>
internal sealed class GroupJoinShape : Shape
{
    public GroupJoinShape(Type clrType, Expression inner, LambdaExpression innerKey, Shape outerKey, Scope scope) : base(clrType)
    {
        Inner = inner;
        InnerKey = innerKey;
        OuterKey = outerKey;
        Scope = scope;
    }

    public Expression Inner { get; }

    public LambdaExpression InnerKey { get; }

    public Shape OuterKey { get; }

    public Scope Scope { get; }

    public GroupJoinShape WithOuterKey(Shape outerKey) => new(ClrType, Inner, InnerKey, outerKey, Scope);
}
