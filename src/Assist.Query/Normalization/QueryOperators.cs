using System.Reflection;

namespace Assist.Query.Normalization;

/// <summary>
/// Matches a call to its <see cref="QueryOperator"/> by method identity: the method definition's metadata token on
/// <c>Query&lt;&gt;</c> / <c>OrderedQuery&lt;&gt;</c> (the same for every closed <c>Query&lt;X&gt;</c>), looked up in a
/// table built once. A method of the same name elsewhere (a researcher's own <c>Where</c>) is not an operator.
/// </summary>
internal static class QueryOperators
{
    private static readonly Dictionary<int, QueryOperator> s_byToken = Build();

    /// <summary>The operator a method stands for, or <see cref="QueryOperator.None"/>.</summary>
    public static QueryOperator Of(MethodInfo method)
    {
        var declaring = method.DeclaringType;
        if (declaring is not { IsGenericType: true } || method.Module != typeof(Query<>).Module)
        {
            return QueryOperator.None;
        }

        var definition = declaring.GetGenericTypeDefinition();
        if (definition != typeof(Query<>) && definition != typeof(OrderedQuery<>))
        {
            return QueryOperator.None;
        }

        return s_byToken.TryGetValue(method.MetadataToken, out var op) ? op : QueryOperator.None;
    }

    private static Dictionary<int, QueryOperator> Build()
    {
        var table = new Dictionary<int, QueryOperator>();
        foreach (var type in new[] { typeof(Query<>), typeof(OrderedQuery<>) })
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (Enum.TryParse<QueryOperator>(method.Name, out var op) && op != QueryOperator.None)
                {
                    table[method.MetadataToken] = op;
                }
            }
        }

        return table;
    }
}
