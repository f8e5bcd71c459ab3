using Assist.Query.Ast;

namespace Assist.Query.Disclosure;

/// <summary>
/// Whether an expression aggregates the rows of its own SELECT: an aggregate outside a window function and outside a
/// subquery (a subquery's aggregates belong to the subquery's rows).
/// </summary>
internal static class AggregateFinder
{
    public static bool Aggregates(SqlExpr expr) => expr switch
    {
        SqlAggregate => true,
        SqlWindow => false,
        SqlScalarSubquery or SqlExists => false,
        SqlIn sqlIn => Aggregates(sqlIn.Value),
        SqlBinary binary => Aggregates(binary.Left) || Aggregates(binary.Right),
        SqlUnary unary => Aggregates(unary.Operand),
        SqlCast cast => Aggregates(cast.Operand),
        SqlFunction function => function.Arguments.Any(Aggregates),
        SqlCase sqlCase => sqlCase.Whens.Any(w => Aggregates(w.Condition) || Aggregates(w.Result)) || (sqlCase.Else is { } e && Aggregates(e)),
        SqlLike like => Aggregates(like.Value) || Aggregates(like.Pattern),
        SqlInList list => Aggregates(list.Value) || list.Items.Any(Aggregates),
        _ => false,
    };
}
