using System.Linq.Expressions;

namespace Assist.Query.Translation;

/// <summary>Lambda parameters in scope and their shapes; inner scopes see outer ones (correlated subqueries).</summary>
internal sealed class Scope
{
    public static readonly Scope Empty = new(null, null, null);

    private readonly Scope? _parent;
    private readonly ParameterExpression? _parameter;
    private readonly Shape? _shape;

    // A union node (WithFallback) has no parameter: it searches _parent, then _fallback.
    private readonly Scope? _fallback;

    private Scope(Scope? parent, ParameterExpression? parameter, Shape? shape, Scope? fallback = null)
    {
        _parent = parent;
        _parameter = parameter;
        _shape = shape;
        _fallback = fallback;
    }

    public Scope With(ParameterExpression parameter, Shape shape) => new(this, parameter, shape);

    /// <summary>This scope, then <paramref name="other"/> for parameters it lacks (a let-bound sequence's own scope).</summary>
    public Scope WithFallback(Scope other) => new(this, null, null, other);

    public Shape? Find(ParameterExpression parameter)
    {
        for (var s = this; s is not null; s = s._parent)
        {
            if (s._fallback is not null)
            {
                return s._parent!.Find(parameter) ?? s._fallback.Find(parameter);
            }

            if (s._parameter == parameter)
            {
                return s._shape;
            }
        }

        return null;
    }
}
