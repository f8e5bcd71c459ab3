using System.Linq.Expressions;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>Tells whether an expression reads a lambda parameter (a row), or only constants and captured values.</summary>
public sealed class RowReadFinder : ExpressionVisitor
{
    private bool _found;

    public bool Reads(Expression e)
    {
        _found = false;
        Visit(e);
        return _found;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _found = true;
        return node;
    }
}
