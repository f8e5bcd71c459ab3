using System.Linq.Expressions;

namespace Assist.Query.Translation;

/// <summary>Lambda parameters in scope and their shapes; inner scopes see outer ones (correlated subqueries).</summary>
internal sealed class Scope
{
    public static readonly Scope Empty = new(null, null, null);

    private readonly Scope? _parent;
    private readonly ParameterExpression? _parameter;
    private readonly Shape? _shape;

    private Scope(Scope? parent, ParameterExpression? parameter, Shape? shape)
    {
        _parent = parent;
        _parameter = parameter;
        _shape = shape;
    }

    public Scope With(ParameterExpression parameter, Shape shape) => new(this, parameter, shape);

    public Shape? Find(ParameterExpression parameter)
    {
        for (var s = this; s is not null; s = s._parent)
        {
            if (s._parameter == parameter)
            {
                return s._shape;
            }
        }

        return null;
    }
}
