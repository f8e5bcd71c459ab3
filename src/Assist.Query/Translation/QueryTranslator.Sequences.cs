using System.Linq.Expressions;
using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Translation;

/// <summary>
/// Sequences inside lambdas. Over a grouping they are aggregates of the group (<c>g.Count()</c>, <c>g.Sum(…)</c>,
/// <c>g.Select(…).Distinct().Count()</c> = count distinct, <c>g.Count(pred)</c> = count_if); over a to-many navigation,
/// a <c>join … into</c> group or another query they are correlated subqueries (EXISTS, IN, scalar) — never joins, so
/// they cannot multiply the outer rows.
/// </summary>
internal sealed partial class QueryTranslator
{
    private SqlExpr TranslateSequenceCall(MethodCallExpression call, Scope scope)
    {
        var name = call.Method.Name;
        var source = call.Object ?? call.Arguments[0];
        if (call.Object is null && source is ParameterExpression or MemberExpression && !IsScalarType(source.Type)
            && BindShapeOrNull(source, scope) is SequenceShape let)
        {
            // A let-bound sequence: the call over the expression it stands for, seeing both scopes.
            if (let.Stale)
            {
                throw Fail("a let-bound sequence used after its query level became a subquery (paging, Distinct or grouping): aggregate it before", call);
            }

            return TranslateSequenceCall(Expression.Call(call.Method, [let.Sequence, .. call.Arguments.Skip(1)]), scope.WithFallback(let.Scope));
        }

        var rest = call.Object is null ? call.Arguments.Skip(1).ToList() : [.. call.Arguments];
        if (name == "Contains" && source is Normalization.ListSlotExpression list)
        {
            var value = TranslateScalar(rest[0], scope);
            var elementType = SqlType.FromClr(rest[0].Type);
            SqlExpr? matches = list.Count == 0
                ? null
                : new SqlInList(value, [.. Enumerable.Range(list.Start, list.Count).Select(i => (SqlExpr)new SqlParameter(i, elementType))]);
            if (list.HasNull)
            {
                matches = matches is null ? SqlFactory.IsNull(value) : SqlFactory.Or(matches, SqlFactory.IsNull(value));
            }

            return matches ?? new SqlLiteral(false, SqlType.Boolean);
        }

        if (TryGroupingChain(source, scope, out var element, out var filter, out var distinct))
        {
            return GroupAggregate(call, name, rest, element, filter, distinct, scope);
        }

        var b = TranslateSequence(source, scope);
        return SubqueryTerminal(call, name, rest, b, scope);
    }

    private bool TryGroupingChain(Expression source, Scope scope, out Shape element, out SqlExpr? filter, out bool distinct)
    {
        var chain = new List<MethodCallExpression>();
        var e = source;
        while (e is MethodCallExpression c && c.Method.DeclaringType == typeof(Enumerable) && c.Method.Name is "Where" or "Select" or "Distinct")
        {
            chain.Add(c);
            e = c.Arguments[0];
        }

        element = null!;
        filter = null;
        distinct = false;
        if (e is not (ParameterExpression or MemberExpression) || IsScalarType(e.Type) || BindShapeOrNull(e, scope) is not GroupingShape grouping)
        {
            return false;
        }

        element = grouping.Element;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var c = chain[i];
            switch (c.Method.Name)
            {
                case "Where":
                    var lambda = Lambda(c.Arguments[1]);
                    var condition = TranslatePredicate(lambda.Body, scope.With(lambda.Parameters[0], element));
                    filter = filter is null ? condition : SqlFactory.And(filter, condition);
                    break;
                case "Select":
                    element = Bind(Lambda(c.Arguments[1]), scope, element);
                    break;
                default:
                    distinct = true;
                    break;
            }
        }

        return true;
    }

    private Shape? BindShapeOrNull(Expression e, Scope scope)
    {
        try
        {
            return BindShape(e, scope);
        }
        catch (UntranslatableQueryException)
        {
            return null;
        }
    }

    private SqlExpr GroupAggregate(MethodCallExpression call, string name, List<Expression> rest, Shape element, SqlExpr? filter, bool distinct, Scope scope)
    {
        SqlExpr Value(Shape shape) => shape is ScalarShape s ? s.Sql : throw Fail("an aggregate over rows (select a value first)", call);
        SqlExpr Selected(int argument) => rest.Count > argument
            ? Value(Bind(Lambda(rest[argument]), scope, element))
            : Value(element);
        SqlExpr Filtered(SqlExpr value) => filter is null ? value : new SqlCase([new SqlWhen(filter, value)], null, value.Type);
        SqlExpr? Predicate() => rest.Count > 0 ? TranslatePredicate(Lambda(rest[0]).Body, scope.With(Lambda(rest[0]).Parameters[0], element)) : null;

        switch (name)
        {
            case "Count" or "LongCount":
                {
                    var predicate = Predicate();
                    var condition = filter is null ? predicate : predicate is null ? filter : SqlFactory.And(filter, predicate);
                    if (distinct)
                    {
                        var value = Value(element);
                        SqlExpr count = new SqlAggregate(SqlAggregateKind.Count, condition is null ? value : new SqlCase([new SqlWhen(condition, value)], null, value.Type), true, SqlType.BigInt);
                        if (!SqlNullability.MayBeNull(value))
                        {
                            return count;
                        }

                        // C#'s Distinct keeps null as one more value; count(DISTINCT x) skips it: add 1 when a counted row is null.
                        var isNull = SqlFactory.IsNull(value);
                        var nullRows = SqlFactory.CountIf(condition is null ? isNull : SqlFactory.And(condition, isNull));
                        var one = new SqlCase([new SqlWhen(new SqlBinary(SqlBinaryOperator.GreaterThan, nullRows, SqlFactory.Literal(0), SqlType.Boolean), SqlFactory.Literal(1))],
                            SqlFactory.Literal(0), SqlType.BigInt);
                        return new SqlBinary(SqlBinaryOperator.Add, count, one, SqlType.BigInt);
                    }

                    return condition is null
                        ? new SqlAggregate(SqlAggregateKind.Count, null, false, SqlType.BigInt)
                        : SqlFactory.CountIf(condition);
                }

            case "Sum":
                return Aggregate(SqlAggregateKind.Sum, Filtered(Selected(0)), distinct, call.Type);
            case "Average":
                return Aggregate(SqlAggregateKind.Average, Filtered(Selected(0)), distinct, call.Type);
            case "Min":
                return Aggregate(SqlAggregateKind.Min, Filtered(Selected(0)), distinct, call.Type);
            case "Max":
                return Aggregate(SqlAggregateKind.Max, Filtered(Selected(0)), distinct, call.Type);
            case "Any":
                {
                    // count_if, not bool_or: a NULL comparison is false in C# and must not make the result NULL.
                    var predicate = Predicate();
                    var condition = filter is null ? predicate : predicate is null ? filter : SqlFactory.And(filter, predicate);
                    return condition is null
                        ? new SqlLiteral(true, SqlType.Boolean)
                        : new SqlBinary(SqlBinaryOperator.GreaterThan, SqlFactory.CountIf(condition), SqlFactory.Literal(0), SqlType.Boolean);
                }

            case "All":
                {
                    // Rows where the predicate is NULL count as false, as C# comparisons with null are.
                    var predicate = Predicate()!;
                    var total = filter is null ? new SqlAggregate(SqlAggregateKind.Count, null, false, SqlType.BigInt) : SqlFactory.CountIf(filter);
                    var passing = SqlFactory.CountIf(filter is null ? predicate : SqlFactory.And(filter, predicate));
                    return SqlFactory.Equal(passing, total);
                }

            default:
                throw Fail("the aggregate " + name + " over a group", call);
        }
    }

    /// <summary>An aggregate typed for C#: Sum is 0 over no rows (SQL gives NULL), so it is coalesced.</summary>
    private static SqlExpr Aggregate(SqlAggregateKind kind, SqlExpr argument, bool distinct, Type clrType)
    {
        var type = kind switch
        {
            SqlAggregateKind.Average => SqlType.Double,
            SqlAggregateKind.Sum when argument.Type.IsInteger => SqlType.BigInt,
            _ => argument.Type,
        };
        SqlExpr aggregate = new SqlAggregate(kind, argument, distinct, type);
        if (kind == SqlAggregateKind.Sum)
        {
            aggregate = SqlFactory.Coalesce(aggregate, type.IsInteger ? SqlFactory.Literal(0) : new SqlLiteral(0d, SqlType.Double));
        }

        _ = clrType;
        return aggregate;
    }
}
