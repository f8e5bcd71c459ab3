using System.Linq.Expressions;
using System.Reflection;
using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Translation;

/// <summary>Lambda bodies to shapes: parameters, members of rows and objects, object construction, navigations.</summary>
internal sealed partial class QueryTranslator
{
    private Shape Bind(LambdaExpression lambda, Scope scope, params Shape[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            scope = scope.With(lambda.Parameters[i], arguments[i]);
        }

        return BindShape(lambda.Body, scope);
    }

    private Shape BindShape(Expression e, Scope scope)
    {
        switch (e)
        {
            case ParameterExpression p:
                return scope.Find(p) ?? throw Fail("a lambda parameter that is not in scope", e);
            case MemberExpression { Expression: null }:
                throw Fail("a static member that could not be evaluated", e);
            case NewExpression n when IsComposite(n.Type):
                return new CompositeShape(n.Type, n.Constructor, [.. n.Arguments.Select(a => BindShape(a, scope))], n.Members, []);
            case MemberInitExpression mi:
                return new CompositeShape(mi.Type, mi.NewExpression.Constructor, [.. mi.NewExpression.Arguments.Select(a => BindShape(a, scope))],
                    mi.NewExpression.Members, [.. mi.Bindings.Cast<MemberAssignment>().Select(b => new KeyValuePair<MemberInfo, Shape>(b.Member, BindShape(b.Expression, scope)))]);
            case MemberExpression m when m.Expression is not null && !IsScalarType(m.Expression.Type):
                {
                    var owner = BindShape(m.Expression, scope);
                    return MemberOf(owner, m) ?? new ScalarShape(TranslateValueMember(m, scope), m.Type);
                }

            case MethodCallExpression call when call.Object is not null && LakeModel.FindNavigation(call.Method.DeclaringType!, call.Method.Name) is { } navigation
                && navigation.Kind != NavigationKind.ToMany:
                return Navigate(call, navigation, scope);
            case UnaryExpression { NodeType: ExpressionType.Convert } u when (!IsScalarType(u.Type) || u.Type == typeof(object)) && !IsScalarType(u.Operand.Type):
                return BindShape(u.Operand, scope);
            case ConditionalExpression c when !IsScalarType(c.Type):
                throw Fail("a conditional that chooses between rows or objects", e);
            case MethodCallExpression call when call.Type == typeof(WindowSpec):
                // `let w = Window.PartitionBy(…).OrderBy(…)`: kept as written, translated where a window function uses it.
                return new WindowSpecShape(call, scope);
            case MethodCallExpression call when IsSequenceType(call.Type):
                // `let originals = al.ProblemLogs().Where(…)`: kept as written, aggregated where it is used.
                return new SequenceShape(call, scope);
        }

        return new ScalarShape(TranslateScalar(e, scope), e.Type);
    }

    private Shape? MemberOf(Shape owner, MemberExpression m)
    {
        switch (owner)
        {
            case CompositeShape composite:
                return composite.Member(m.Member) ?? throw Fail("the member " + m.Member.Name, m);
            case EntityShape entity:
                {
                    var column = entity.Table.FindByProperty(m.Member.Name) ?? throw Fail("the non-column member " + m.Member.Name, m);
                    return new ScalarShape(entity.Column(column), m.Type);
                }

            case GroupingShape grouping when m.Member.Name == "Key":
                return grouping.Key;
            case ScalarShape:
                return null;
            default:
                throw Fail("the member " + m.Member.Name, m);
        }
    }

    private static bool IsComposite(Type type) => !IsScalarType(type);

    // Asked of most nodes a translation binds; GetInterfaces allocates, so each type is decided once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> s_sequenceTypes = new();

    private static bool IsSequenceType(Type type) => s_sequenceTypes.GetOrAdd(type, static t =>
        t != typeof(string) && !IsQueryType(t) && (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
        && !(t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IGrouping<,>)));

    /// <summary>Types that are SQL values rather than rows or objects.</summary>
    private static bool IsScalarType(Type type) => ScalarTypes.IsScalar(type);

    /// <summary>
    /// The GROUP BY expressions of a key. A whole row (<c>group p by p.AssignmentLog()</c>) is grouped by all its
    /// columns, not only its primary key: <c>g.Key.UserXid</c> must be a grouped column, since neither engine infers
    /// that it depends on the key. Its rows are the same groups, the key being unique (docs/dialects.md #53).
    /// </summary>
    private List<SqlExpr> GroupKeyLeaves(Shape shape, Expression source)
    {
        if (shape is CompositeShape composite)
        {
            return [.. composite.Parts().SelectMany(part => GroupKeyLeaves(part.Shape, source))];
        }

        if (shape is not EntityShape entity)
        {
            return Leaves(shape, source);
        }

        var columns = entity.Table.Columns.Select(entity.Column).ToList();
        if (columns.Any(c => c.Type.Kind == SqlTypeKind.Unknown))
        {
            throw Fail("a whole row with list, map or binary columns as a group key (group by its id and the columns you need)", source);
        }

        return [.. columns];
    }

    /// <summary>The SQL values a key shape stands for (GROUP BY, ORDER BY, join keys); a row stands for its key.</summary>
    private List<SqlExpr> Leaves(Shape shape, Expression source)
    {
        var list = new List<SqlExpr>();
        AddLeaves(shape, source, list);
        return list;
    }

    private void AddLeaves(Shape shape, Expression source, List<SqlExpr> list)
    {
        switch (shape)
        {
            case ScalarShape scalar:
                list.Add(scalar.Sql);
                break;
            case CompositeShape composite:
                foreach (var (_, part) in composite.Parts())
                {
                    AddLeaves(part, source, list);
                }

                break;
            case EntityShape entity:
                foreach (var key in entity.Table.PrimaryKey)
                {
                    list.Add(entity.Column(key));
                }

                break;
            default:
                throw Fail("a grouping or join group as a key", source);
        }
    }

    private static bool ContainsWindow(Shape shape) => shape switch
    {
        ScalarShape s => ContainsWindow(s.Sql),
        CompositeShape c => c.Arguments.Any(ContainsWindow) || c.Bindings.Any(b => ContainsWindow(b.Value)),
        _ => false,
    };

    private static bool ContainsWindow(SqlExpr e) => e switch
    {
        SqlWindow => true,
        SqlBinary b => ContainsWindow(b.Left) || ContainsWindow(b.Right),
        SqlUnary u => ContainsWindow(u.Operand),
        SqlFunction f => f.Arguments.Any(ContainsWindow),
        SqlCast c => ContainsWindow(c.Operand),
        SqlCase c => c.Whens.Any(w => ContainsWindow(w.Condition) || ContainsWindow(w.Result)) || (c.Else is not null && ContainsWindow(c.Else)),
        _ => false,
    };
}
