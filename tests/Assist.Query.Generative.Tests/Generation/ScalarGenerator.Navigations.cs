using System.Linq.Expressions;
using Assist.Query.Generative.Lake.GenCore.School;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>To-many navigations aggregated inside a row's lambda: <c>s.Logs().Count(x =&gt; ...)</c>, Any, All, Sum, Max, Average.</summary>
public sealed partial class ScalarGenerator
{
    /// <summary>The logs of a student row as a sequence, or null when the row is not a student.</summary>
    private Expression? Children(ParameterExpression row)
    {
        if (row.Type != typeof(Student))
        {
            return null;
        }

        context.Use(Construct.NavigationToMany);
        return Expression.Call(row, typeof(Student).GetMethod(nameof(Student.Logs))!);
    }

    private Expression? ToManyInt(ParameterExpression row, int depth)
    {
        if (Children(row) is not { } logs)
        {
            return null;
        }

        var child = Expression.Parameter(typeof(Log), "x");
        switch (C.Pick(3))
        {
            case 0:
                context.Use(Construct.AggregateCount);
                return CallEnumerable(nameof(System.Linq.Enumerable.Count), logs);
            case 1:
                context.Use(Construct.AggregateCountWhere);
                return CallEnumerable(nameof(System.Linq.Enumerable.Count), logs, Expression.Lambda(Predicate(child, depth), child));
            default:
                context.Use(Construct.AggregateSum);
                return CallEnumerable(nameof(System.Linq.Enumerable.Sum), logs, Expression.Lambda(Of(typeof(int), child, depth), child));
        }
    }

    private Expression? ToManyNullableInt(ParameterExpression row, int depth)
    {
        if (Children(row) is not { } logs)
        {
            return null;
        }

        var child = Expression.Parameter(typeof(Log), "x");
        var name = C.OneOf(nameof(System.Linq.Enumerable.Max), nameof(System.Linq.Enumerable.Min));
        context.Use(name == nameof(System.Linq.Enumerable.Max) ? Construct.AggregateMax : Construct.AggregateMin);
        return CallEnumerable(name, logs, Expression.Lambda(Of(typeof(int?), child, depth), child));
    }

    private Expression? ToManyAverage(ParameterExpression row, int depth)
    {
        if (Children(row) is not { } logs)
        {
            return null;
        }

        // Average over int? is null for a student without logs, where Average over int would throw.
        var child = Expression.Parameter(typeof(Log), "x");
        context.Use(Construct.AggregateAverage);
        return CallEnumerable(nameof(System.Linq.Enumerable.Average), logs, Expression.Lambda(Of(typeof(int?), child, depth), child));
    }

    private Expression? ToManyPredicate(ParameterExpression row, int depth)
    {
        if (Children(row) is not { } logs)
        {
            return null;
        }

        var child = Expression.Parameter(typeof(Log), "x");
        switch (C.Pick(3))
        {
            case 0:
                context.Use(Construct.Any);
                return CallEnumerable(nameof(System.Linq.Enumerable.Any), logs);
            case 1:
                context.Use(Construct.AnyWhere);
                return CallEnumerable(nameof(System.Linq.Enumerable.Any), logs, Expression.Lambda(Predicate(child, depth), child));
            default:
                context.Use(Construct.All);
                return CallEnumerable(nameof(System.Linq.Enumerable.All), logs, Expression.Lambda(Predicate(child, depth), child));
        }
    }

    /// <summary>A call of the Enumerable operator <paramref name="name"/> whose selector returns the lambda's type.</summary>
    public static MethodCallExpression CallEnumerable(string name, Expression source, LambdaExpression? lambda = null)
    {
        var element = ElementType(source.Type);
        var method = typeof(System.Linq.Enumerable).GetMethods()
            .Where(m => m.Name == name && m.GetParameters().Length == (lambda is null ? 1 : 2))
            .Select(m => m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 1 ? m.MakeGenericMethod(element) : null)
            .FirstOrDefault(m => m is not null && (lambda is null || m.GetParameters()[1].ParameterType == lambda.Type))
            ?? throw new InvalidOperationException($"No Enumerable.{name} over {element.Name} taking {lambda?.Type.Name}.");
        return lambda is null ? Expression.Call(method, source) : Expression.Call(method, source, lambda);
    }

    /// <summary>T of an IEnumerable&lt;T&gt; type.</summary>
    public static Type ElementType(Type sequence) =>
        sequence.IsGenericType && sequence.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? sequence.GetGenericArguments()[0]
            : sequence.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
}
