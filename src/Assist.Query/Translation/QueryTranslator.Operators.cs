using System.Linq.Expressions;
using Assist.Query.Ast;
using Assist.Query.Metadata;
using Assist.Query.Normalization;

namespace Assist.Query.Translation;

/// <summary>Query operators (Where, Select, OrderBy, paging, Distinct, set operations, top-level aggregates).</summary>
internal sealed partial class QueryTranslator
{
    private SelectBuilder TranslateQuery(Expression expression, Scope scope)
    {
        if (TryCte(expression, out var shared))
        {
            return shared;
        }

        switch (expression)
        {
            case ConstantExpression { Value: IQueryRoot root }:
                return Root(root.Table);
            case MethodCallExpression call when call.Object is not null && IsQueryType(call.Object.Type):
                return TranslateOperator(call, scope);
            case MethodCallExpression call when call.Method.DeclaringType == typeof(Enumerable) || call.Method.DeclaringType == typeof(Queryable):
                return TranslateSequence(expression, scope);
            default:
                throw Fail("a query source", expression);
        }
    }

    private static bool IsQueryType(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Query<>))
            {
                return true;
            }
        }

        return false;
    }

    private SelectBuilder Root(TableMetadata table)
    {
        var alias = NextAlias();
        var b = new SelectBuilder { From = new SqlTable(table.Catalog, table.Schema, table.Name, alias) };
        b.Shape = new EntityShape(table, alias, b, optional: false);
        return b;
    }

    private static LambdaExpression Lambda(Expression e) => (LambdaExpression)(e is UnaryExpression { NodeType: ExpressionType.Quote } q ? q.Operand : e);

    private SelectBuilder TranslateOperator(MethodCallExpression call, Scope scope)
    {
        var op = QueryOperators.Of(call.Method);
        if (op == QueryOperator.AsSequence)
        {
            return TranslateQuery(call.Object!, scope);
        }

        var source = TranslateQuery(call.Object!, scope);
        var args = call.Arguments;
        switch (op)
        {
            case QueryOperator.Where:
                return ApplyWhere(source, Lambda(args[0]), scope);
            case QueryOperator.Select:
                return ApplySelect(source, Lambda(args[0]), scope);
            case QueryOperator.OrderBy or QueryOperator.OrderByDescending or QueryOperator.ThenBy or QueryOperator.ThenByDescending:
                return ApplyOrderBy(source, Lambda(args[0]), scope, op is QueryOperator.OrderByDescending or QueryOperator.ThenByDescending,
                    op is QueryOperator.ThenBy or QueryOperator.ThenByDescending);
            case QueryOperator.Skip:
                return ApplySkip(source, TranslateScalar(args[0], scope));
            case QueryOperator.Take:
                return ApplyTake(source, TranslateScalar(args[0], scope));
            case QueryOperator.Distinct:
                return ApplyDistinct(source, call);
            case QueryOperator.Union:
                return ApplySetOperation(source, TranslateQuery(args[0], scope), SqlSetOperator.Union);
            case QueryOperator.Concat:
                return ApplySetOperation(source, TranslateQuery(args[0], scope), SqlSetOperator.UnionAll);
            case QueryOperator.Intersect:
                return ApplySetOperation(source, TranslateQuery(args[0], scope), SqlSetOperator.Intersect);
            case QueryOperator.Except:
                return ApplySetOperation(source, TranslateQuery(args[0], scope), SqlSetOperator.Except);
            case QueryOperator.GroupBy:
                return ApplyGroupBy(call, source, scope);
            case QueryOperator.Join:
                return ApplyJoin(source, args[0], Lambda(args[1]), Lambda(args[2]), Lambda(args[3]), scope);
            case QueryOperator.GroupJoin:
                return ApplyGroupJoin(source, args[0], Lambda(args[1]), Lambda(args[2]), Lambda(args[3]), scope);
            case QueryOperator.SelectMany:
                return ApplySelectMany(source, Lambda(args[0]), args.Count > 1 ? Lambda(args[1]) : null, scope);
            case QueryOperator.CountQuery:
                return ApplyTopAggregate(source, scope, call, SqlAggregateKind.Count, args.Count > 0 ? Lambda(args[0]) : null);
            case QueryOperator.SumQuery:
                return ApplyTopAggregate(source, scope, call, SqlAggregateKind.Sum, Lambda(args[0]));
            case QueryOperator.AverageQuery:
                return ApplyTopAggregate(source, scope, call, SqlAggregateKind.Average, Lambda(args[0]));
            case QueryOperator.MinQuery:
                return ApplyTopAggregate(source, scope, call, SqlAggregateKind.Min, Lambda(args[0]));
            case QueryOperator.MaxQuery:
                return ApplyTopAggregate(source, scope, call, SqlAggregateKind.Max, Lambda(args[0]));
            case QueryOperator.AnyQuery:
                return new SelectBuilder { Shape = new ScalarShape(new SqlExists(FreezeForExists(source)), typeof(bool)) };
            default:
                throw Fail("the query operator " + call.Method.Name, call);
        }
    }

    private SelectBuilder ApplyWhere(SelectBuilder b, LambdaExpression predicate, Scope scope)
    {
        b = WrapIfNeeded(b, NextClause.Where);

        var condition = TranslatePredicate(predicate.Body, scope.With(predicate.Parameters[0], b.Shape));
        if (b.IsGrouped)
        {
            // A filter after GROUP BY is a HAVING (its aggregates refer to the groups).
            b.AddHaving(condition);
        }
        else
        {
            b.AddWhere(condition);
        }

        return b;
    }

    private SelectBuilder ApplySelect(SelectBuilder b, LambdaExpression selector, Scope scope)
    {
        // The selector is searched for window calls only when a window select would need a derived table here.
        b = WrapIfNeeded(b, DerivedTables.Needed(b, NextClause.WindowSelect) && WindowCalls.In(selector.Body) ? NextClause.WindowSelect : NextClause.Select);
        var shape = Bind(selector, scope, b.Shape);
        if (b.IsGrouped)
        {
            b.IsAggregateOnly = true;
        }

        b.Shape = shape;
        b.HasWindow |= ContainsWindow(shape);
        return b;
    }

    private SelectBuilder ApplySetOperation(SelectBuilder left, SelectBuilder right, SqlSetOperator op)
    {
        var leftQuery = Freeze(left, out var names);
        var rightQuery = Freeze(right, out _);
        var set = new SqlSetOperation(op, leftQuery, rightQuery);
        var alias = NextAlias();
        var b = new SelectBuilder { From = new SqlDerivedTable(set, alias), SetOperation = set };
        b.Shape = Remap(left.Shape, alias, names, b);
        return b;
    }

    private SelectBuilder ApplyGroupBy(MethodCallExpression call, SelectBuilder b, Scope scope)
    {
        b = WrapIfNeeded(b, NextClause.Aggregate);

        var keyLambda = Lambda(call.Arguments[0]);
        var key = Bind(keyLambda, scope, b.Shape);
        var constantKeys = 0;
        foreach (var leaf in GroupKeyLeaves(key, keyLambda.Body))
        {
            // `GROUP BY 1` names a column position: a constant key part is left out of GROUP BY (it is one value).
            if (IsConstant(leaf))
            {
                constantKeys++;
            }
            else
            {
                b.GroupBy.Add(leaf);
            }
        }

        if (b.GroupBy.Count == 0 && constantKeys > 0)
        {
            // Grouping by a constant is one group when there are rows and none when there are none; without GROUP BY
            // an aggregate query always returns a row, so HAVING drops it over no rows.
            b.AddHaving(new SqlBinary(SqlBinaryOperator.GreaterThan, new SqlAggregate(SqlAggregateKind.Count, null, false, SqlType.BigInt),
                SqlFactory.Literal(0), SqlType.Boolean));
        }

        b.IsGrouped = true;
        b.OrderBy.Clear();
        var second = call.Arguments.Count > 1 ? Lambda(call.Arguments[1]) : null;
        if (second is not null && second.Parameters.Count == 2)
        {
            var group = new GroupingShape(second.Parameters[1].Type, key, b.Shape);
            b.Shape = BindShape(second.Body, scope.With(second.Parameters[0], key).With(second.Parameters[1], group));
            b.IsAggregateOnly = true;
            return b;
        }

        var element = second is null ? b.Shape : Bind(second, scope, b.Shape);
        b.Shape = new GroupingShape(call.Type.GetGenericArguments()[0], key, element);
        return b;
    }

    private SelectBuilder ApplyTopAggregate(SelectBuilder b, Scope scope, MethodCallExpression call, SqlAggregateKind kind, LambdaExpression? lambda)
    {
        b = WrapIfNeeded(b, NextClause.Aggregate);

        b.OrderBy.Clear();
        SqlExpr value;
        if (kind == SqlAggregateKind.Count)
        {
            value = lambda is null
                ? new SqlAggregate(SqlAggregateKind.Count, null, false, SqlType.BigInt)
                : SqlFactory.CountIf(TranslatePredicate(lambda.Body, scope.With(lambda.Parameters[0], b.Shape)));
        }
        else
        {
            var argument = TranslateScalar(lambda!.Body, scope.With(lambda.Parameters[0], b.Shape));
            value = Aggregate(kind, argument, distinct: false, call.Type.GetGenericArguments()[0]);
        }

        b.IsGrouped = false;
        b.IsAggregateOnly = true;
        b.Shape = new ScalarShape(value, call.Type.GetGenericArguments()[0]);
        return b;
    }

    // A key that reads no column: `ORDER BY -(-(0))` is still folded to a column position by DuckDB.
    private static bool IsConstant(SqlExpr e) => e switch
    {
        SqlLiteral or SqlParameter => true,
        SqlUnary unary => IsConstant(unary.Operand),
        SqlBinary binary => IsConstant(binary.Left) && IsConstant(binary.Right),
        SqlCast cast => IsConstant(cast.Operand),
        SqlFunction function => function.Arguments.All(IsConstant),
        SqlCase sqlCase => sqlCase.Whens.All(w => IsConstant(w.Condition) && IsConstant(w.Result)) && (sqlCase.Else is null || IsConstant(sqlCase.Else)),
        _ => false,
    };

    /// <summary>A subquery for EXISTS: the rows' first column is enough.</summary>
    private SqlQuery FreezeForExists(SelectBuilder b)
    {
        b.Shape = new ScalarShape(new SqlLiteral(1L, SqlType.BigInt), typeof(long));
        if (!b.HasPaging)
        {
            b.OrderBy.Clear();
        }

        return Freeze(b, out _);
    }
}
