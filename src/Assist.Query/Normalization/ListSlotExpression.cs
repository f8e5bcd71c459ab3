using System.Linq.Expressions;

namespace Assist.Query.Normalization;

/// <summary>
/// A captured collection in a normalized query (<c>ids.Contains(x)</c>): its non-null items are slots
/// <see cref="Start"/> … <see cref="Start"/> + <see cref="Count"/> − 1; a null item is the flag <see cref="HasNull"/>.
/// </summary>
internal sealed class ListSlotExpression : Expression
{
    public ListSlotExpression(int start, int count, bool hasNull, Type type)
    {
        Start = start;
        Count = count;
        HasNull = hasNull;
        Type = type;
    }

    public int Start { get; }

    public int Count { get; }

    public bool HasNull { get; }

    public override Type Type { get; }

    public override ExpressionType NodeType => ExpressionType.Extension;

    protected override Expression VisitChildren(ExpressionVisitor visitor) => this;

    public override string ToString() => "@list" + Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
