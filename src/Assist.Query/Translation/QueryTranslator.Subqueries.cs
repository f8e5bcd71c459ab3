using System.Linq.Expressions;
using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Translation;

/// <summary>
/// Sequences that become correlated subqueries: a to-many navigation, a <c>join … into</c> group or another query
/// used inside a lambda, ended by a terminal operator (EXISTS, IN, or a scalar aggregate).
/// </summary>
internal sealed partial class QueryTranslator
{
    private SelectBuilder TranslateSequence(Expression e, Scope scope)
    {
        if (IsQueryType(e.Type))
        {
            return TranslateQuery(e, scope);
        }

        switch (e)
        {
            case MethodCallExpression { Method.Name: nameof(Query<int>.AsSequence) } asSequence when asSequence.Object is not null && IsQueryType(asSequence.Object.Type):
                return TranslateQuery(asSequence.Object, scope);
            case MethodCallExpression call when call.Object is not null
                && LakeModel.FindNavigation(call.Method.DeclaringType!, call.Method.Name) is { Kind: NavigationKind.ToMany } navigation:
                return ChildrenOf(call, navigation, scope);
            case MethodCallExpression call when call.Method.DeclaringType == typeof(Enumerable):
                {
                    var b = TranslateSequence(call.Arguments[0], scope);
                    var name = call.Method.Name;
                    switch (name)
                    {
                        case "Where":
                            return ApplyWhere(b, Lambda(call.Arguments[1]), scope);
                        case "Select":
                            return ApplySelect(b, Lambda(call.Arguments[1]), scope);
                        case "Distinct":
                            return ApplyDistinct(b, call);
                        case "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending":
                            return ApplyOrderBy(b, Lambda(call.Arguments[1]), scope, name.EndsWith("Descending", StringComparison.Ordinal), name.StartsWith("Then", StringComparison.Ordinal));
                        case "Take":
                            return ApplyTake(b, TranslateScalar(call.Arguments[1], scope));
                        case "Skip":
                            return ApplySkip(b, TranslateScalar(call.Arguments[1], scope));
                    }

                    throw Fail("the sequence operator " + name + " inside a lambda", e);
                }

            case ParameterExpression or MemberExpression when BindShapeOrNull(e, scope) is SequenceShape let:
                return let.Stale
                    ? throw Fail("a let-bound sequence used after its query level became a subquery (paging, Distinct or grouping): aggregate it before", e)
                    : TranslateSequence(let.Sequence, scope.WithFallback(let.Scope));
            case ParameterExpression or MemberExpression when BindShapeOrNull(e, scope) is GroupJoinShape group:
                {
                    var b = TranslateQuery(group.Inner, group.Scope);
                    var inner = Leaves(Bind(group.InnerKey, group.Scope, b.Shape), group.InnerKey.Body);
                    var outer = Leaves(group.OuterKey, e);
                    if (KeyPartsEqual(inner, outer, group.OuterKey is CompositeShape) is { } keysMatch)
                    {
                        b.AddWhere(keysMatch);
                    }

                    return b;
                }
        }

        if (e is Normalization.SlotExpression { Origin: ParameterExpression argument } && e.Type != typeof(string)
            && typeof(System.Collections.IEnumerable).IsAssignableFrom(e.Type))
        {
            // A captured list's items are parameters, one each, so its length is part of the statement; a compiled
            // query's statement is made once for every call.
            throw Fail("a collection as an argument of a compiled query ('" + argument.Name + "'): capture the list in an ordinary query instead (list.Contains(x))", e);
        }

        if (e is Normalization.ListSlotExpression)
        {
            throw Fail("a captured collection used with an operator other than Contains (write list.Contains(x))", e);
        }

        if (e is ParameterExpression or MemberExpression && BindShapeOrNull(e, scope) is GroupingShape)
        {
            // A group is only aggregated (GROUP BY): its rows cannot be ordered, paged or picked one by one.
            throw Fail("a group's rows ordered, paged or picked (First/Last/Take of a group): aggregate the group (g.Min(…), g.Max(…), g.Count()) "
                + "or number the rows with Window.RowNumber before grouping and keep row 1", e);
        }

        throw Fail("a sequence (use a to-many navigation, a join … into group, or another query's AsSequence())", e);
    }

    private SqlExpr SubqueryTerminal(MethodCallExpression call, string name, List<Expression> rest, SelectBuilder b, Scope scope)
    {
        // A quoted or inline lambda; Contains's argument may be a Convert (an int looked up among int? values), not a lambda.
        LambdaExpression? lambda = rest.Count > 0 && rest[0] is UnaryExpression { NodeType: ExpressionType.Quote } or LambdaExpression ? Lambda(rest[0]) : null;
        switch (name)
        {
            case "Count" or "LongCount":
                if (lambda is not null)
                {
                    b = ApplyWhere(b, lambda, scope);
                }

                return Scalar(b, new SqlAggregate(SqlAggregateKind.Count, null, false, SqlType.BigInt), call.Type);
            case "Sum" or "Average" or "Min" or "Max":
                {
                    b = WrapIfNeeded(b, NextClause.Aggregate);

                    var value = lambda is null ? b.Shape : Bind(lambda, scope, b.Shape);
                    var sql = value is ScalarShape s ? s.Sql : throw Fail("an aggregate over rows (select a value first)", call);
                    var kind = Enum.Parse<SqlAggregateKind>(name);
                    return Scalar(b, Aggregate(kind, sql, false, call.Type), call.Type);
                }

            case "Any":
                if (lambda is not null)
                {
                    b = ApplyWhere(b, lambda, scope);
                }

                return new SqlExists(FreezeForExists(b));
            case "All":
                {
                    var predicate = TranslatePredicate(lambda!.Body, scope.With(lambda.Parameters[0], (b = WrapIfNeeded(b, NextClause.AllFilter)).Shape));
                    b.AddWhere(SqlFactory.Not(SqlFactory.Coalesce(predicate, new SqlLiteral(false, SqlType.Boolean))));
                    return SqlFactory.Not(new SqlExists(FreezeForExists(b)));
                }

            case "Contains":
                {
                    var value = TranslateScalar(rest[0], scope);
                    if (b.Shape is not ScalarShape)
                    {
                        throw Fail("Contains over rows (select the key first)", call);
                    }

                    if (SqlNullability.MayBeNull(value) && SqlNullability.MayBeNull(((ScalarShape)b.Shape).Sql))
                    {
                        // C#'s Contains finds null in a sequence holding null; x IN (SELECT …) never matches a NULL x.
                        // As Any(y => y == x): EXISTS with IS NOT DISTINCT FROM (docs/dialects.md #40).
                        b = WrapIfNeeded(b, NextClause.Where);
                        var found = new SqlBinary(SqlBinaryOperator.IsNotDistinctFrom, ((ScalarShape)b.Shape).Sql, value, SqlType.Boolean);
                        if (b.IsGrouped)
                        {
                            b.AddHaving(found);
                        }
                        else
                        {
                            b.AddWhere(found);
                        }

                        return new SqlExists(FreezeForExists(b));
                    }

                    if (!b.HasPaging)
                    {
                        b.OrderBy.Clear();
                    }

                    return new SqlIn(value, Freeze(b, out _));
                }

            case "First" or "FirstOrDefault" or "Single" or "SingleOrDefault":
                {
                    if (lambda is not null)
                    {
                        b = ApplyWhere(b, lambda, scope);
                    }

                    if (b.Shape is not ScalarShape)
                    {
                        throw Fail(name + " of rows inside a lambda (select a value first)", call);
                    }

                    b = ApplyTake(b, SqlFactory.Literal(1));
                    var type = ((ScalarShape)b.Shape).Sql.Type;
                    return new SqlScalarSubquery(Freeze(b, out _), type);
                }

            default:
                throw Fail("the sequence method " + name + " inside a lambda", call);
        }
    }

    private SqlExpr Scalar(SelectBuilder b, SqlExpr aggregate, Type clrType)
    {
        b = WrapIfNeeded(b, NextClause.Aggregate);

        b.OrderBy.Clear();
        b.Shape = new ScalarShape(aggregate, clrType);
        return new SqlScalarSubquery(Freeze(b, out _), aggregate.Type);
    }
}
