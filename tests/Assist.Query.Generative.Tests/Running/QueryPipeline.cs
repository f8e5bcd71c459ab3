using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Assist.Query.Generative.Tests.Data;
using Assist.Query.Generative.Tests.Generation;
using Assist.Query.Generative.Tests.Lake;
using Assist.Query.Generative.Tests.Reference;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>
/// Applies a generated query's steps twice: to the fixture's table source through the public <c>Query&lt;T&gt;</c>
/// API (what a researcher's code calls), and to the in-memory rows through <see cref="Enumerable"/> (the reference).
/// </summary>
public static class QueryPipeline
{
    /// <summary>The <c>Query&lt;T&gt;</c> of <paramref name="query"/>; its element type is the last step's result type.</summary>
    public static object BuildQuery(GeneratedQuery query)
    {
        var current = FixtureLake.Source(query.Root);
        foreach (var step in query.Steps)
        {
            var method = FindQueryMethod(current.GetType(), step);
            object?[] arguments = step.Lambda is not null ? [step.Lambda] : method.GetParameters().Length == 1 ? [step.Count] : [];
            current = method.Invoke(current, arguments)!;
        }

        return current;
    }

    /// <summary>The reference rows of <paramref name="query"/> over <paramref name="rows"/>, evaluated to a list.</summary>
    public static List<object?> RunReference(GeneratedQuery query, LakeRows rows)
    {
        var lake = new ReferenceLake(rows);
        var rewriter = new NavigationRewriter(lake);
        var current = lake.RowsOf(query.Root);
        var element = query.Root;
        foreach (var step in query.Steps)
        {
            if (step.Window is { } window)
            {
                // Window functions have no LINQ-to-Objects method: the reference computes them over the rows so far.
                current = WindowReference.Apply(window, current, rewriter);
                element = window.RowType;
                continue;
            }

            var method = FindEnumerableMethod(step, element);
            object?[] arguments = step.Lambda is not null ? [current, rewriter.Compile(step.Lambda)] : method.GetParameters().Length == 2 ? [current, step.Count] : [current];
            current = (IEnumerable)method.Invoke(null, arguments)!;
            element = ScalarGenerator.ElementType(method.ReturnType);
        }

        return [.. current.Cast<object?>()];
    }

    /// <summary>The element type of a <c>Query&lt;T&gt;</c> object.</summary>
    public static Type ElementType(object query)
    {
        for (var t = query.GetType(); t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Query<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        throw new ArgumentException("Not a Query<T>: " + query.GetType().Name, nameof(query));
    }

    private static MethodInfo FindQueryMethod(Type queryType, QueryStep step)
    {
        var expectedParameters = step.Lambda is not null || step.Operator is "Skip" or "Take" ? 1 : 0;
        var method = queryType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Single(m => m.Name == step.Operator && m.GetParameters().Length == expectedParameters
                && (step.Lambda is null || m.GetParameters()[0].ParameterType.IsGenericType));
        return method.IsGenericMethodDefinition ? method.MakeGenericMethod(step.Lambda!.ReturnType) : method;
    }

    private static MethodInfo FindEnumerableMethod(QueryStep step, Type element)
    {
        var candidates = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == step.Operator);
        if (step.Lambda is not null)
        {
            var method = candidates.Single(m => m.GetParameters().Length == 2
                && m.GetParameters()[1].ParameterType.IsGenericType
                && m.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == typeof(Func<,>)
                && m.GetGenericArguments().Length == (step.Operator == "Where" ? 1 : 2));
            return step.Operator == "Where" ? method.MakeGenericMethod(element) : method.MakeGenericMethod(element, step.Lambda.ReturnType);
        }

        if (step.Operator is "Skip" or "Take")
        {
            return candidates.Single(m => m.GetParameters().Length == 2 && m.GetParameters()[1].ParameterType == typeof(int)).MakeGenericMethod(element);
        }

        return candidates.Single(m => m.GetParameters().Length == 1).MakeGenericMethod(element);
    }
}
