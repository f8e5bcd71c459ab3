using System.Linq.Expressions;

namespace Assist.Query.Translation;

/// <summary>
/// A value bound with <c>let</c> that is not a column but an expression translated where it is used, in the scope it
/// was written in: a sequence (<see cref="SequenceShape"/>) or a window (<see cref="WindowSpecShape"/>). After the level
/// it lives in becomes a derived table its columns have moved, so a <see cref="Stale"/> one is refused when used.
/// </summary>
internal abstract class LetBoundShape : Shape
{
    protected LetBoundShape(Expression bound, Scope scope, bool stale) : base(bound.Type)
    {
        Bound = bound;
        Scope = scope;
        Stale = stale;
    }

    /// <summary>The expression as written.</summary>
    public Expression Bound { get; }

    public Scope Scope { get; }

    public bool Stale { get; }

    /// <summary>The same binding after its level became a derived table.</summary>
    public abstract LetBoundShape AsStale();
}
