using System.Linq.Expressions;
using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>Window functions: <c>Window.RowNumber(Window.PartitionBy(…).OrderBy(…))</c> and friends.</summary>
internal sealed partial class QueryTranslator
{
    private SqlExpr TranslateWindow(MethodCallExpression call, Scope scope)
    {
        var args = call.Arguments;
        var spec = args[^1];
        var (partition, order, frame) = WindowSpecOf(spec, scope);
        SqlExpr function = call.Method.Name switch
        {
            nameof(Window.RowNumber) => new SqlRanking(SqlRankingKind.RowNumber, null, 0, SqlType.BigInt),
            nameof(Window.Rank) => new SqlRanking(SqlRankingKind.Rank, null, 0, SqlType.BigInt),
            nameof(Window.DenseRank) => new SqlRanking(SqlRankingKind.DenseRank, null, 0, SqlType.BigInt),
            nameof(Window.Lag) or nameof(Window.Lead) => Offset(call, scope),
            nameof(Window.Count) => new SqlAggregate(SqlAggregateKind.Count, null, false, SqlType.BigInt),
            nameof(Window.Sum) => WindowAggregate(SqlAggregateKind.Sum, args[0], scope),
            nameof(Window.Average) => WindowAggregate(SqlAggregateKind.Average, args[0], scope),
            nameof(Window.Min) => WindowAggregate(SqlAggregateKind.Min, args[0], scope),
            nameof(Window.Max) => WindowAggregate(SqlAggregateKind.Max, args[0], scope),
            _ => throw Fail("the window function " + call.Method.Name, call),
        };
        return new SqlWindow(function, partition, order, frame, function.Type);
    }

    private SqlExpr WindowAggregate(SqlAggregateKind kind, Expression argument, Scope scope)
    {
        var value = SqlFactory.TypedNull(TranslateScalar(argument, scope), argument.Type);
        var type = kind switch
        {
            SqlAggregateKind.Average => SqlType.Double,
            SqlAggregateKind.Sum when value.Type.IsInteger => SqlType.BigInt,
            _ => value.Type,
        };
        return new SqlAggregate(kind, value, false, type);
    }

    private SqlExpr Offset(MethodCallExpression call, Scope scope)
    {
        var value = SqlFactory.TypedNull(TranslateScalar(call.Arguments[0], scope), call.Arguments[0].Type);
        if (call.Arguments[1] is not ConstantExpression { Value: int offset })
        {
            throw Fail("a lag/lead offset that is not written in the query", call);
        }

        return new SqlRanking(call.Method.Name == nameof(Window.Lag) ? SqlRankingKind.Lag : SqlRankingKind.Lead, value, offset, value.Type);
    }

    private (List<SqlExpr> Partition, List<SqlOrdering> Order, SqlFrame? Frame) WindowSpecOf(Expression spec, Scope scope)
    {
        if (spec is ParameterExpression or MemberExpression && BindShapeOrNull(spec, scope) is WindowSpecShape let)
        {
            // A let-bound window: the expression it stands for, in the scope it was written in.
            return let.Stale
                ? throw Fail("a let-bound window used after its query level became a subquery (paging, Distinct, grouping or a window over a window): use it before", spec)
                : WindowSpecOf(let.Spec, scope.WithFallback(let.Scope));
        }

        var partition = new List<SqlExpr>();
        var order = new List<SqlOrdering>();
        SqlFrame? frame = null;
        var chain = new List<MethodCallExpression>();
        var e = spec;
        while (e is MethodCallExpression c && c.Method.DeclaringType == typeof(WindowSpec))
        {
            chain.Add(c);
            e = c.Object!;
        }

        if (e is not MethodCallExpression start || start.Method.DeclaringType != typeof(Window))
        {
            throw Fail("a window specification not built with Window.PartitionBy/OrderBy", spec);
        }

        switch (start.Method.Name)
        {
            case nameof(Window.PartitionBy):
                if (start.Arguments[0] is not NewArrayExpression keys)
                {
                    throw Fail("partition keys that are all constants or captured values (one partition: use Window.Unpartitioned() or Window.OrderBy(…))", start);
                }

                partition.AddRange(keys.Expressions.Select(k => TranslateScalar(StripObjectConvert(k), scope)));
                break;
            case nameof(Window.OrderBy) or nameof(Window.OrderByDescending):
                order.Add(new SqlOrdering(TranslateScalar(start.Arguments[0], scope), start.Method.Name == nameof(Window.OrderByDescending)));
                break;
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var c = chain[i];
            if (c.Method.Name == nameof(WindowSpec.Rows))
            {
                frame = new SqlFrame(FrameBound(c.Arguments[0], c), FrameBound(c.Arguments[1], c));
                continue;
            }

            order.Add(new SqlOrdering(TranslateScalar(c.Arguments[0], scope), c.Method.Name.EndsWith("Descending", StringComparison.Ordinal)));
        }

        return (partition, order, frame);
    }

    private int? FrameBound(Expression e, Expression call) => e switch
    {
        ConstantExpression { Value: null } => null,
        ConstantExpression { Value: int n } => n,
        UnaryExpression { NodeType: ExpressionType.Convert, Operand: ConstantExpression { Value: int n } } => n,
        UnaryExpression { NodeType: ExpressionType.Negate, Operand: ConstantExpression { Value: int n } } => -n,
        UnaryExpression { NodeType: ExpressionType.Convert, Operand: UnaryExpression { NodeType: ExpressionType.Negate, Operand: ConstantExpression { Value: int n } } } => -n,
        _ => throw Fail("a window frame bound that is not an integer written in the query", call),
    };
}
