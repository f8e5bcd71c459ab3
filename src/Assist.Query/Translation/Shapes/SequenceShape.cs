using System.Linq.Expressions;

namespace Assist.Query.Translation;

/// <summary>
/// A sequence bound with <c>let</c> (<c>let originals = al.ProblemLogs().Where(…)</c>): not a column but the expression
/// and the scope it was written in, translated as a correlated subquery where it is aggregated
/// (<c>originals.Count(…)</c>). After the level it lives in becomes a derived table its correlation is gone:
/// <see cref="Stale"/> sequences are refused when used.
/// </summary>
internal sealed class SequenceShape : Shape
{
    public SequenceShape(Expression sequence, Scope scope, bool stale = false) : base(sequence.Type)
    {
        Sequence = sequence;
        Scope = scope;
        Stale = stale;
    }

    public Expression Sequence { get; }

    public Scope Scope { get; }

    public bool Stale { get; }
}
