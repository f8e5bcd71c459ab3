using System.Linq.Expressions;

namespace Assist.Query.Caching;

/// <summary>Walking a query object through its recorded operators (<see cref="QueryOperatorRecord"/>), no tree built.</summary>
internal sealed partial class QueryKeyWalker
{
    private int VisitQuery(IQueryExpression query) =>
        query.Operator is { } applied ? VisitRecorded(applied) : Visit(query.Expression);

    /// <summary>
    /// Writes the tokens <see cref="Visit"/> writes for the call the record stands for, <c>source.Op(Quote(lambda), …)</c>:
    /// a query walked through its records and through its built tree (a captured query, tests) has one key.
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private int VisitRecorded(QueryOperatorRecord applied)
    {
        var method = applied.Method;
        _key.Add(NodeTag - (int)ExpressionType.Call, TypeId(method.ReturnType));
        _key.Add(MethodId(method));

        // An operator's own flags are a query operator call's (CallKinds.QueryOperator): evaluable only if every child is.
        var count = applied.ArgumentCount + 1;
        Span<int> marks = count <= 16 ? stackalloc int[48] : new int[count * 3];
        var starts = marks[..count];
        var ends = marks.Slice(count, count);
        var flags = marks.Slice(2 * count, count);
        var all = Evaluable;
        for (var i = 0; i < count; i++)
        {
            starts[i] = _key.Length;
            flags[i] = i == 0 ? VisitQuery(applied.Source) : VisitArgument(applied.GetArgument(i - 1));
            ends[i] = _key.Length;
            all = Fold(all, flags[i]);
        }

        if ((all & Evaluable) == 0)
        {
            for (var i = count - 1; i >= 0; i--)
            {
                // Only a captured, evaluable child becomes a slot; the tree is built just for that (never for a lambda).
                if (IsSlotCandidate(flags[i]))
                {
                    ConvertChild(i == 0 ? applied.Source.Expression : applied.GetArgument(i - 1), flags[i], starts[i], ends[i]);
                }
            }

            all = 0;
        }

        _key.Add(Close);
        return all;
    }

    private int VisitArgument(Expression argument)
    {
        if (argument is not LambdaExpression lambda)
        {
            return Visit(argument);
        }

        // The quote the call would hold: its head (no type, see Visit), the lambda, Close. A quote's flags are 0.
        _key.Add(NodeTag - (int)ExpressionType.Quote, 0);
        Visit(lambda);
        _key.Add(Close);
        return 0;
    }
}
