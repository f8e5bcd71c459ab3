using System.Linq.Expressions;

namespace Assist.Query.Translation;

/// <summary>
/// A window bound with <c>let</c> (<c>let w = Window.PartitionBy(pl.UserXid).OrderBy(pl.StartTime)</c>), so several
/// window functions share one OVER clause; translated where a window function uses it.
/// </summary>
internal sealed class WindowSpecShape(Expression spec, Scope scope, bool stale = false) : LetBoundShape(spec, scope, stale)
{
    public Expression Spec => Bound;

    public override LetBoundShape AsStale() => new WindowSpecShape(Spec, Scope, stale: true);
}
