using System.Linq.Expressions;

namespace Assist.Query.Translation;

/// <summary>
/// A window bound with <c>let</c> (<c>let w = Window.PartitionBy(pl.UserXid).OrderBy(pl.StartTime)</c>), so several
/// window functions share one OVER clause: not a column but the expression and the scope it was written in, translated
/// where a window function uses it. After the level it lives in becomes a derived table its columns have moved:
/// <see cref="Stale"/> windows are refused when used.
/// </summary>
internal sealed class WindowSpecShape : Shape
{
    public WindowSpecShape(Expression spec, Scope scope, bool stale = false) : base(spec.Type)
    {
        Spec = spec;
        Scope = scope;
        Stale = stale;
    }

    public Expression Spec { get; }

    public Scope Scope { get; }

    public bool Stale { get; }
}
