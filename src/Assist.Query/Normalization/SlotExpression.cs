using System.Linq.Expressions;

namespace Assist.Query.Normalization;

/// <summary>
/// A captured value in a normalized query: which value slot it reads, never the value. Whether the value is null is
/// part of the shape (a null becomes a NULL literal, so <c>x == captured</c> turns into <c>IS NULL</c>).
/// <see cref="Origin"/> is the sub-tree that was evaluated, kept for its structure only (a widened int stays whole).
/// </summary>
internal sealed class SlotExpression : Expression
{
    public SlotExpression(int index, Type type, bool isNull, Expression origin)
    {
        Index = index;
        Type = type;
        IsNull = isNull;
        Origin = origin;
    }

    public int Index { get; }

    public bool IsNull { get; }

    public Expression Origin { get; }

    public override Type Type { get; }

    public override ExpressionType NodeType => ExpressionType.Extension;

    protected override Expression VisitChildren(ExpressionVisitor visitor) => this;

    public override string ToString() => "@p" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
