using System.Linq.Expressions;

namespace Assist.Query.Translation;

/// <summary>
/// A sequence bound with <c>let</c> (<c>let originals = al.ProblemLogs().Where(…)</c>), translated as a correlated
/// subquery where it is aggregated (<c>originals.Count(…)</c>).
/// </summary>
internal sealed class SequenceShape(Expression sequence, Scope scope, bool stale = false) : LetBoundShape(sequence, scope, stale)
{
    public Expression Sequence => Bound;

    public override LetBoundShape AsStale() => new SequenceShape(Sequence, Scope, stale: true);
}
