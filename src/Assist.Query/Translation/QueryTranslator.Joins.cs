using System.Linq.Expressions;
using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Translation;

/// <summary>Join, GroupJoin (LEFT JOIN through DefaultIfEmpty) and SelectMany.</summary>
internal sealed partial class QueryTranslator
{
    private SelectBuilder ApplyJoin(SelectBuilder outer, Expression innerQuery, LambdaExpression outerKey, LambdaExpression innerKey,
        LambdaExpression result, Scope scope)
    {
        outer = WrapIfNeeded(outer, NextClause.Join);

        var inner = JoinSource(outer, TranslateQuery(innerQuery, scope));
        var condition = KeysEqual(outerKey, outer.Shape, innerKey, inner, scope);
        outer.Joins.Add(new SqlJoin(SqlJoinKind.Inner, inner.Source, condition));
        outer.Shape = Bind(result, scope, outer.Shape, inner.Shape);
        return outer;
    }

    private SelectBuilder ApplyGroupJoin(SelectBuilder outer, Expression innerQuery, LambdaExpression outerKey, LambdaExpression innerKey,
        LambdaExpression result, Scope scope)
    {
        outer = WrapIfNeeded(outer, NextClause.GroupJoin);

        var key = Bind(outerKey, scope, outer.Shape);
        var group = new GroupJoinShape(result.Parameters[1].Type, innerQuery, innerKey, key, scope);
        outer.Shape = Bind(result, scope, outer.Shape, group);
        return outer;
    }

    /// <summary>An inner level as something to join: the table itself when it is a bare table, else a derived table.</summary>
    private JoinedSource JoinSource(SelectBuilder outer, SelectBuilder inner)
    {
        if (inner.IsPlain && inner.OrderBy.Count == 0 && inner.From is SqlTable or SqlCteReference && inner.Where is null && inner.Joins.Count == 0)
        {
            // Navigations from the inner rows are joined at the outer level from now on.
            return new JoinedSource(inner.From, Rehome(inner.Shape, outer));
        }

        var wrapped = Wrap(inner);
        return new JoinedSource(wrapped.From!, Rehome(wrapped.Shape, outer));
    }

    private sealed record JoinedSource(SqlTableSource Source, Shape Shape);

    private Shape Rehome(Shape shape, SelectBuilder owner) => shape switch
    {
        EntityShape e => new EntityShape(e.Table, e.Alias, owner, e.Optional, e.ColumnNames),
        CompositeShape c => new CompositeShape(c.ClrType, c.Constructor, [.. c.Arguments.Select(a => Rehome(a, owner))], c.ArgumentMembers,
            [.. c.Bindings.Select(b => new KeyValuePair<System.Reflection.MemberInfo, Shape>(b.Key, Rehome(b.Value, owner)))]),
        _ => shape,
    };

    private SqlExpr KeysEqual(LambdaExpression outerKey, Shape outerShape, LambdaExpression innerKey, JoinedSource inner, Scope scope)
    {
        var outerKeyShape = Bind(outerKey, scope, outerShape);
        var left = Leaves(outerKeyShape, outerKey.Body);
        var right = Leaves(Bind(innerKey, scope, inner.Shape), innerKey.Body);
        return KeyPartsEqual(left, right, outerKeyShape is CompositeShape) ?? new SqlLiteral(true, SqlType.Boolean);
    }

    /// <summary>
    /// The condition under which a join's two keys match. LINQ's Join and GroupJoin never match a null key, and neither
    /// does SQL's =. A composite key (an anonymous object or a tuple) is never null itself: C# compares its parts with
    /// <c>EqualityComparer.Default</c>, where null equals null, so a part that may be NULL on both sides is compared
    /// with IS NOT DISTINCT FROM (docs/dialects.md #56).
    /// </summary>
    private static SqlExpr? KeyPartsEqual(IReadOnlyList<SqlExpr> left, IReadOnlyList<SqlExpr> right, bool composite)
    {
        SqlExpr? condition = null;
        for (var i = 0; i < left.Count; i++)
        {
            var nullEqualsNull = composite && SqlNullability.MayBeNull(left[i]) && SqlNullability.MayBeNull(right[i]);
            var eq = nullEqualsNull
                ? new SqlBinary(SqlBinaryOperator.IsNotDistinctFrom, left[i], right[i], SqlType.Boolean)
                : SqlFactory.Equal(left[i], right[i]);
            condition = condition is null ? eq : SqlFactory.And(condition, eq);
        }

        return condition;
    }

    private SelectBuilder ApplySelectMany(SelectBuilder outer, LambdaExpression collection, LambdaExpression? result, Scope scope)
    {
        outer = WrapIfNeeded(outer, NextClause.Join);

        var body = collection.Body;
        var leftJoin = false;
        if (body is MethodCallExpression { Method.Name: "DefaultIfEmpty" } die && die.Method.DeclaringType == typeof(Enumerable))
        {
            leftJoin = true;
            body = die.Arguments[0];
        }

        var inner = SelectManyInner(body, scope.With(collection.Parameters[0], outer.Shape));
        var joined = JoinSource(outer, inner.Level);
        var joinsBefore = outer.Joins.Count;
        var condition = inner.Condition?.Invoke(joined.Shape);
        var kind = leftJoin ? SqlJoinKind.Left : condition is null ? SqlJoinKind.Cross : SqlJoinKind.Inner;
        if (kind == SqlJoinKind.Left && condition is null)
        {
            condition = new SqlLiteral(true, SqlType.Boolean);
        }

        if (outer.Joins.Count > joinsBefore)
        {
            // The condition navigates from the inner row (a.User() in the filter): those joins read the inner alias, so
            // they must follow its join, and the condition, which reads them, moves to WHERE (the same rows for an
            // inner join). A left join's condition cannot move, so it is refused (docs/dialects.md #54).
            if (leftJoin)
            {
                throw Fail("a navigation in the filter of a left-joined collection (DefaultIfEmpty): join the navigation's table explicitly", collection.Body);
            }

            var navigationJoins = outer.Joins.GetRange(joinsBefore, outer.Joins.Count - joinsBefore);
            outer.Joins.RemoveRange(joinsBefore, navigationJoins.Count);
            outer.Joins.Add(new SqlJoin(SqlJoinKind.Cross, joined.Source, null));
            outer.Joins.AddRange(navigationJoins);
            outer.AddWhere(condition!);
        }
        else
        {
            outer.Joins.Add(new SqlJoin(kind, joined.Source, condition));
        }

        var innerShape = leftJoin ? MakeOptional(joined.Shape, condition, joined.Source.Alias) : joined.Shape;
        outer.Shape = result is null ? innerShape : Bind(result, scope, outer.Shape, innerShape);
        return outer;
    }

    private static Shape MakeOptional(Shape shape, SqlExpr? condition, string alias) => shape switch
    {
        EntityShape e => new EntityShape(e.Table, e.Alias, e.Owner, true, e.ColumnNames),
        CompositeShape c when PresenceColumn(condition, alias) is { } presence =>
            new CompositeShape(c.ClrType, c.Constructor, c.Arguments, c.ArgumentMembers, c.Bindings) { Presence = presence },
        ScalarShape s when DefaultValue(s.ClrType) is { } zero && PresenceColumn(condition, alias) is { } presence =>
            new ScalarShape(new SqlCase([new SqlWhen(SqlFactory.IsNull(presence), zero)], s.Sql, s.Sql.Type), s.ClrType),
        _ => shape,
    };

    // DefaultIfEmpty over values gives default(T) when there is no row: 0 or false for the value types SQL spells.
    private static SqlLiteral? DefaultValue(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ? new SqlLiteral(Convert.ChangeType(0, type, System.Globalization.CultureInfo.InvariantCulture), SqlType.FromClr(type))
        : type == typeof(double) ? new SqlLiteral(0d, SqlType.Double)
        : type == typeof(bool) ? new SqlLiteral(false, SqlType.Boolean)
        : null;

    /// <summary>
    /// A column of the joined source that ON compares with = (directly or under AND): when ON holds it is not NULL, and
    /// when the LEFT JOIN found no row every column of the source is NULL. IS NOT DISTINCT FROM would not do.
    /// </summary>
    private static SqlColumn? PresenceColumn(SqlExpr? condition, string alias) => condition switch
    {
        SqlBinary { Operator: SqlBinaryOperator.And } and => PresenceColumn(and.Left, alias) ?? PresenceColumn(and.Right, alias),
        SqlBinary { Operator: SqlBinaryOperator.Equal, Left: SqlColumn left } when left.TableAlias == alias => left,
        SqlBinary { Operator: SqlBinaryOperator.Equal, Right: SqlColumn right } when right.TableAlias == alias => right,
        _ => null,
    };

    /// <summary>
    /// The collection of a SelectMany: an inner level plus the join condition (built over the inner shape once
    /// the inner level's source is known). Correlated filters of the inner level become the ON condition.
    /// </summary>
    private (SelectBuilder Level, Func<Shape, SqlExpr>? Condition) SelectManyInner(Expression body, Scope scope)
    {
        var filters = new List<LambdaExpression>();
        while (body is MethodCallExpression { Method.Name: "Where" } w && w.Method.DeclaringType == typeof(Enumerable))
        {
            filters.Add(Lambda(w.Arguments[1]));
            body = w.Arguments[0];
        }

        SelectBuilder level;
        Func<Shape, SqlExpr>? condition = null;
        if (body is MethodCallExpression call && call.Object is not null
            && LakeModel.FindNavigation(call.Method.DeclaringType!, call.Method.Name) is { Kind: NavigationKind.ToMany } navigation)
        {
            var parent = BindShape(call.Object, scope) as EntityShape ?? throw Fail("a navigation from something that is not a lake row", call);
            level = Root(LakeModel.FindTable(navigation.TargetType) ?? throw Fail("a navigation to an unregistered entity", call));
            condition = child => SqlFactory.Equal(((EntityShape)child).Column(navigation.TargetColumn), parent.Column(navigation.SourceColumn));
        }
        else if (TryBindGroupJoin(body, scope, out var group))
        {
            level = TranslateQuery(group.Inner, group.Scope);
            var outerLeaves = Leaves(group.OuterKey, body);
            condition = child =>
            {
                var innerLeaves = Leaves(Bind(group.InnerKey, group.Scope, child), group.InnerKey.Body);
                return KeyPartsEqual(innerLeaves, outerLeaves, group.OuterKey is CompositeShape)!;
            };
        }
        else
        {
            var queryExpression = body is MethodCallExpression { Method.Name: nameof(Query<int>.AsSequence) } asSeq ? asSeq.Object! : body;
            level = TranslateQuery(queryExpression, scope);
            if (level.IsPlain && level.OrderBy.Count == 0 && level.Where is not null && level.Joins.Count == 0 && level.From is SqlTable)
            {
                // A correlated filter on a plain table: make it the ON condition.
                var where = level.Where;
                level.Where = null;
                condition = _ => where;
            }
        }

        if (filters.Count > 0)
        {
            var baseCondition = condition;
            condition = child =>
            {
                SqlExpr? c = baseCondition?.Invoke(child);
                for (var i = filters.Count - 1; i >= 0; i--)
                {
                    var f = TranslatePredicate(filters[i].Body, scope.With(filters[i].Parameters[0], child));
                    c = c is null ? f : SqlFactory.And(c, f);
                }

                return c!;
            };
        }

        return (level, condition);
    }

    private bool TryBindGroupJoin(Expression body, Scope scope, out GroupJoinShape group)
    {
        group = null!;
        if (body is ParameterExpression or MemberExpression && !IsScalarType(body.Type))
        {
            try
            {
                if (BindShape(body, scope) is GroupJoinShape g)
                {
                    group = g;
                    return true;
                }
            }
            catch (UntranslatableQueryException)
            {
                return false;
            }
        }

        return false;
    }
}
