using System.Globalization;
using System.Linq.Expressions;
using Assist.Query.Ast;
using Assist.Query.Caching;

namespace Assist.Query.Translation;

/// <summary>
/// Translates a query's expression tree into the SQL AST. One instance per translation (a cache miss): it holds
/// the alias counter, so aliases are stable (t0, t1 … in order of appearance). Partials by concern.
/// </summary>
internal sealed partial class QueryTranslator
{
    private readonly SqlDialect _dialect;
    private readonly List<ValueCheck> _valueChecks = [];
    private int _aliasCount;

    private QueryTranslator(SqlDialect dialect) => _dialect = dialect;

    /// <summary>
    /// Translates a whole normalized query (<see cref="Normalization.QueryNormalizer"/>: values are slots, captured
    /// queries spliced in; the translator never sees a value). Returns the statement, the shape of its rows (for the materializer) and the rules that
    /// depend on captured values (run whenever values are bound).
    /// </summary>
    public static (SqlStatement Statement, Shape Shape, IReadOnlyList<ValueCheck> ValueChecks) Translate(Expression query, SqlDialect dialect)
    {
        var translator = new QueryTranslator(dialect);
        translator.FindSharedQueries(query);
        var builder = translator.TranslateQuery(query, Scope.Empty);
        if (ContainsShape<SequenceShape>(builder.Shape))
        {
            throw translator.Fail("a sequence as a result value (a to-many navigation or let-bound sequence: aggregate it with Count(), Sum(…), Any(…))", query);
        }

        if (ContainsShape<WindowSpecShape>(builder.Shape))
        {
            throw translator.Fail("a window specification as a result value (use it in a window function: Window.RowNumber(w))", query);
        }

        var select = translator.Freeze(builder, out _);
        return (new SqlStatement(translator._ctes, select), builder.Shape, translator._valueChecks);
    }

    private static bool ContainsShape<TShape>(Shape shape) where TShape : Shape => shape switch
    {
        TShape => true,
        CompositeShape composite => composite.Arguments.Any(ContainsShape<TShape>) || composite.Bindings.Any(b => ContainsShape<TShape>(b.Value)),
        _ => false,
    };

    private string NextAlias() => "t" + (_aliasCount++).ToString(CultureInfo.InvariantCulture);

    private UntranslatableQueryException Fail(string construct, Expression expression) =>
        new(construct, _dialect.Name, expression.ToString());

    /// <summary>Closes a level: its projection is the flattened shape. <paramref name="names"/> are the output columns.</summary>
    private SqlQuery Freeze(SelectBuilder b, out List<string> names) => Freeze(b, out names, out _, projectOrderKeys: false);

    /// <summary>
    /// The level as a query; with <paramref name="projectOrderKeys"/> its ORDER BY keys are also selected, as hidden
    /// columns named in <paramref name="orderNames"/>, so a level around it can order by them again.
    /// </summary>
    private SqlQuery Freeze(SelectBuilder b, out List<string> names, out List<string> orderNames, bool projectOrderKeys)
    {
        var leaves = new List<(SqlExpr Expr, string Name)>();
        Flatten(b.Shape, string.Empty, leaves);
        var shapeLeaves = leaves.Count;
        var orderLeaves = new List<int>();
        if (projectOrderKeys)
        {
            // A key the level selects anyway is read from its column; any other becomes a hidden column.
            foreach (var ordering in b.OrderBy)
            {
                var index = leaves.FindIndex(0, shapeLeaves, leaf => leaf.Expr.Equals(ordering.Expression));
                if (index < 0)
                {
                    index = leaves.Count;
                    leaves.Add((ordering.Expression, "#order"));
                }

                orderLeaves.Add(index);
            }
        }

        names = new List<string>(leaves.Count);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var projections = new List<SqlProjection>(leaves.Count);
        foreach (var (expr, name) in leaves)
        {
            var unique = name;
            for (var i = 2; !used.Add(unique); i++)
            {
                unique = name + "_" + i.ToString(CultureInfo.InvariantCulture);
            }

            names.Add(unique);
            projections.Add(new SqlProjection(expr, unique));
        }

        orderNames = new List<string>(orderLeaves.Count);
        foreach (var index in orderLeaves)
        {
            orderNames.Add(names[index]);
        }

        names.RemoveRange(shapeLeaves, names.Count - shapeLeaves);

        if (b.SetOperation is not null && b.Joins.Count == 0 && b.Where is null && b.IsPlain && b.OrderBy.Count == 0
            && projections.Select(p => p.Expression is SqlColumn c && c.TableAlias == b.From!.Alias && c.Name == p.Alias).All(x => x))
        {
            return b.SetOperation;
        }

        return new SqlSelect(b.From, [.. b.Joins], b.Where, [.. b.GroupBy], b.Having, projections, b.Distinct, [.. b.OrderBy], b.Offset, b.Limit);
    }

    /// <summary>Wraps the level when the clause about to be added needs a derived table (<see cref="DerivedTables"/>).</summary>
    private SelectBuilder WrapIfNeeded(SelectBuilder b, NextClause next) =>
        DerivedTables.Needed(b, next) ? Wrap(b, keepOrder: DerivedTables.KeepsOrder(next)) : b;

    /// <summary>Puts a level in a derived table and starts a new level over it.</summary>
    /// <remarks>
    /// A derived table is an unordered set of rows: its ORDER BY only chooses the rows its OFFSET/LIMIT keeps, and
    /// engines may return them in any order (Trino drops an ORDER BY without LIMIT). C# keeps a sequence's order through
    /// later operators, so with <paramref name="keepOrder"/> the ordering keys are selected as hidden columns and the new
    /// level orders by them again (docs/dialects.md #28): a Skip or Take after paging then pages the ordered rows.
    /// </remarks>
    private SelectBuilder Wrap(SelectBuilder b, bool keepOrder = false)
    {
        var ordering = keepOrder ? b.OrderBy.ToList() : [];
        var query = Freeze(b, out var names, out var orderNames, projectOrderKeys: ordering.Count > 0);
        var alias = NextAlias();
        var wrapper = new SelectBuilder { From = new SqlDerivedTable(query, alias) };
        wrapper.Shape = Remap(b.Shape, alias, names, wrapper);
        for (var i = 0; i < ordering.Count; i++)
        {
            var key = new SqlColumn(alias, orderNames[i], ordering[i].Expression.Type) { Nullable = SqlNullability.MayBeNull(ordering[i].Expression) };
            wrapper.OrderBy.Add(new SqlOrdering(key, ordering[i].Descending) { NullsFirst = ordering[i].NullsFirst });
        }

        return wrapper;
    }

    private void Flatten(Shape shape, string prefix, List<(SqlExpr, string)> leaves)
    {
        switch (shape)
        {
            case ScalarShape { Sql.Type.Kind: SqlTypeKind.Duration } duration:
                throw new UntranslatableQueryException(
                    "a TimeSpan as a result value (read .TotalSeconds, .TotalMinutes, .TotalHours, .TotalDays or .Days)", _dialect.Name, duration.ClrType.Name);
            case ScalarShape scalar:
                leaves.Add((SqlFactory.TypedNull(scalar.Sql, scalar.ClrType), prefix.Length > 0 ? prefix : scalar.Sql is SqlColumn c ? c.Name : "value"));
                break;
            case EntityShape entity:
                foreach (var column in entity.Table.Columns)
                {
                    leaves.Add((entity.Column(column), column.SqlName));
                }

                break;
            case CompositeShape composite:
                foreach (var (name, part) in composite.Parts())
                {
                    Flatten(part, name, leaves);
                }

                break;
            case GroupJoinShape groupJoin:
                Flatten(groupJoin.OuterKey, prefix + "_key", leaves);
                break;
            case LetBoundShape:
                // A let-bound sequence or window has no column; it is used before this level closes or refused after.
                break;
            default:
                throw new UntranslatableQueryException(
                    "a grouping used as a row (select an aggregate or g.Key instead)", _dialect.Name, shape.ClrType.Name);
        }
    }

    /// <summary>The same shape, read from a derived table's output columns (or, with a null alias, by ordinal).</summary>
    private Shape Remap(Shape shape, string? alias, List<string> names, SelectBuilder? owner = null)
    {
        var index = 0;
        return RemapCore(shape, alias, names, owner, ref index);
    }

    private Shape RemapCore(Shape shape, string? alias, List<string> names, SelectBuilder? owner, ref int index)
    {
        switch (shape)
        {
            case ScalarShape scalar:
                {
                    var name = names[index++];
                    var column = new SqlColumn(alias ?? string.Empty, name, scalar.Sql.Type) { Nullable = SqlNullability.MayBeNull(scalar.Sql) };
                    return new ScalarShape(column, scalar.ClrType);
                }

            case EntityShape entity:
                {
                    var map = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var column in entity.Table.Columns)
                    {
                        map[column.SqlName] = names[index++];
                    }

                    return new EntityShape(entity.Table, alias ?? string.Empty, owner ?? entity.Owner, entity.Optional, map);
                }

            case CompositeShape composite:
                {
                    var args = new List<Shape>(composite.Arguments.Count);
                    foreach (var arg in composite.Arguments)
                    {
                        args.Add(RemapCore(arg, alias, names, owner, ref index));
                    }

                    var bindings = new List<KeyValuePair<System.Reflection.MemberInfo, Shape>>(composite.Bindings.Count);
                    foreach (var binding in composite.Bindings)
                    {
                        bindings.Add(new(binding.Key, RemapCore(binding.Value, alias, names, owner, ref index)));
                    }

                    return new CompositeShape(composite.ClrType, composite.Constructor, args, composite.ArgumentMembers, bindings);
                }

            case GroupJoinShape groupJoin:
                return groupJoin.WithOuterKey(RemapCore(groupJoin.OuterKey, alias, names, owner, ref index));
            case LetBoundShape letBound:
                return letBound.AsStale();
            default:
                throw new InvalidOperationException(shape.GetType().Name);
        }
    }
}
