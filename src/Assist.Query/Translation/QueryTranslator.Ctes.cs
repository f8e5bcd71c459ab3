using System.Linq.Expressions;
using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>
/// A query object used twice in one statement (a self-join of a derived query, the same captured query in two
/// subqueries) is translated once and emitted once as a WITH entry; each use reads it under its own alias.
/// </summary>
internal sealed partial class QueryTranslator
{
    private readonly HashSet<Expression> _shared = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Expression, (string Name, Shape Shape, List<string> Names)> _cteByQuery = new(ReferenceEqualityComparer.Instance);
    private readonly List<SqlCte> _ctes = [];

    /// <summary>Finds query sub-trees (operator calls) reached more than once by reference.</summary>
    private void FindSharedQueries(Expression root)
    {
        var seen = new HashSet<Expression>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Expression>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is MethodCallExpression call && call.Object is not null && IsQueryType(call.Type) && call.Method.Name != nameof(Query<int>.AsSequence))
            {
                if (!seen.Add(node))
                {
                    _shared.Add(node);
                    continue;
                }
            }

            foreach (var child in Children(node))
            {
                stack.Push(child);
            }
        }
    }

    private static IEnumerable<Expression> Children(Expression node) => node switch
    {
        MethodCallExpression c => c.Object is null ? c.Arguments : c.Arguments.Prepend(c.Object),
        UnaryExpression u => [u.Operand],
        LambdaExpression l => [l.Body],
        BinaryExpression b => [b.Left, b.Right],
        MemberExpression { Expression: { } e } => [e],
        NewExpression n => n.Arguments,
        MemberInitExpression mi => mi.Bindings.OfType<MemberAssignment>().Select(b => b.Expression).Prepend(mi.NewExpression),
        ConditionalExpression c => [c.Test, c.IfTrue, c.IfFalse],
        NewArrayExpression a => a.Expressions,
        _ => [],
    };

    private bool TryCte(Expression expression, out SelectBuilder builder)
    {
        builder = null!;
        if (!_shared.Contains(expression))
        {
            return false;
        }

        if (!_cteByQuery.TryGetValue(expression, out var cte))
        {
            _shared.Remove(expression);
            var inner = TranslateQuery(expression, Scope.Empty);
            _shared.Add(expression);
            var query = Freeze(inner, out var names);
            cte = ("cte" + _ctes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), inner.Shape, names);
            _ctes.Add(new SqlCte(cte.Name, query));
            _cteByQuery[expression] = cte;
        }

        var alias = NextAlias();
        builder = new SelectBuilder { From = new SqlCteReference(cte.Name, alias) };
        builder.Shape = Remap(cte.Shape, alias, cte.Names, builder);
        return true;
    }
}
