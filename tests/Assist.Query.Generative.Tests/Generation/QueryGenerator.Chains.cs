using System.Linq.Expressions;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// Chains of operators in any order, as researchers compose them: filters, projections, ordered pages, windows,
/// Distinct and a final grouping. The order of SQL's clauses is fixed where C# applies operators in the order written,
/// so these chains exercise every decision to put a level in a derived table (and to keep its order there).
/// </summary>
public sealed partial class QueryGenerator
{
    private static readonly System.Reflection.MethodInfo s_partitionBy = typeof(Window).GetMethod(nameof(Window.PartitionBy))!;

    /// <summary>Appends 2 to 5 operators; true when the result's order is total (compared as a list).</summary>
    private bool Chain(ParameterExpression row, int depth)
    {
        _context.Use(Construct.OperatorChain);
        var current = row;
        // The member holding a unique integer key of the current rows (Id, or C0 of a projection that kept it): pages and
        // windows order by it last, so their rows are deterministic.
        string? key = "Id";
        var ordered = false;
        for (var remaining = 2 + C.Pick(4); remaining > 0; remaining--)
        {
            switch (C.Pick(6))
            {
                case 1:
                    (current, key) = ChainProjection(current, key, depth);
                    break;
                case 2 when key is not null:
                    ChainPage(current, key, depth);
                    ordered = true;
                    break;
                case 3 when key is not null:
                    current = ChainWindow(current, key, depth);
                    key = "C0";
                    break;
                case 4 when key is null && !ordered:
                    _context.Use(Construct.Distinct);
                    _steps.Add(new QueryStep(nameof(Construct.Distinct)));
                    break;
                case 5:
                    Grouping(current, depth);
                    return false;
                default:
                    _context.Use(Construct.Where);
                    _steps.Add(new QueryStep(nameof(Construct.Where), Expression.Lambda(_scalars.Predicate(current, depth - 1), current)));
                    break;
            }
        }

        return ordered;
    }

    /// <summary>A projection to a row of 1 to 3 values, usually carrying the key as C0.</summary>
    private (ParameterExpression Row, string? Key) ChainProjection(ParameterExpression current, string? key, int depth)
    {
        _context.Use(Construct.Select);
        var keep = key is not null && C.Chance(75);
        var values = new List<Expression>();
        if (keep)
        {
            values.Add(Expression.Property(current, key!));
        }

        for (var count = 1 + C.Pick(keep ? 2 : 3); count > 0; count--)
        {
            values.Add(_scalars.Of(C.OneOf(s_projectedTypes), current, depth - 1));
        }

        var projected = NewRow([.. values]);
        _steps.Add(new QueryStep(nameof(Construct.Select), Expression.Lambda(projected, current)));
        return (Expression.Parameter(projected.Type, "r"), keep ? "C0" : null);
    }

    /// <summary>OrderBy a random value, then by the key (a total order), then maybe Skip and Take.</summary>
    private void ChainPage(ParameterExpression current, string key, int depth)
    {
        var descending = C.Chance(50);
        _context.Use(descending ? Construct.OrderByDescending : Construct.OrderBy);
        _context.Use(Construct.ThenBy);
        _steps.Add(new QueryStep(descending ? nameof(Construct.OrderByDescending) : nameof(Construct.OrderBy),
            Expression.Lambda(_scalars.Of(C.OneOf(s_keyTypes[..3]), current, depth - 1), current)));
        _steps.Add(new QueryStep(nameof(Construct.ThenBy), Expression.Lambda(Expression.Property(current, key), current)));
        if (C.Chance(50))
        {
            _context.Use(Construct.Skip);
            _steps.Add(new QueryStep(nameof(Construct.Skip), Count: C.Pick(3)));
        }

        if (C.Chance(70))
        {
            _context.Use(Construct.Take);
            _steps.Add(new QueryStep(nameof(Construct.Take), Count: 1 + C.Pick(6)));
        }
    }

    /// <summary><c>new { key, partition, F(… OVER (PARTITION BY partition ORDER BY key)) }</c>.</summary>
    private ParameterExpression ChainWindow(ParameterExpression current, string key, int depth)
    {
        var keyValue = Expression.Property(current, key);
        var partition = _scalars.Of(C.OneOf(s_keyTypes), current, depth - 1);
        Expression spec = Expression.Call(s_partitionBy, Expression.NewArrayInit(typeof(object), Expression.Convert(partition, typeof(object))));
        spec = Expression.Call(spec, typeof(WindowSpec).GetMethod(nameof(WindowSpec.OrderBy))!.MakeGenericMethod(keyValue.Type), keyValue);
        string function;
        Expression result;
        Expression? value = null;
        switch (C.Pick(3))
        {
            case 0:
                function = Construct.WindowRowNumber;
                result = Expression.Call(typeof(Window).GetMethod(nameof(Window.RowNumber))!, spec);
                break;
            case 1:
                function = Construct.WindowLag;
                value = _scalars.Of(C.OneOf(typeof(int), typeof(int?), typeof(double?), typeof(string)), current, depth - 1);
                result = Expression.Call(LagMethod(value.Type), value, Expression.Constant(1), spec);
                break;
            default:
                function = Construct.WindowRunningSum;
                value = _scalars.Of(typeof(int), current, depth - 1);
                result = Expression.Call(typeof(Window).GetMethod(nameof(Window.Sum), [typeof(long), typeof(WindowSpec)])!, Expression.Convert(value, typeof(long)), spec);
                break;
        }

        _context.Use(function);
        var windowed = NewRow(keyValue, partition, result);
        var plan = new WindowPlan(function, Expression.Lambda(keyValue, current), Expression.Lambda(partition, current),
            value is null ? null : Expression.Lambda(value, current), windowed.Type);
        _steps.Add(new QueryStep(nameof(Construct.Select), Expression.Lambda(windowed, current), Window: plan));
        return Expression.Parameter(windowed.Type, "w");
    }

    /// <summary>The <c>Window.Lag</c> overload C# binds for a value of <paramref name="type"/>.</summary>
    private static System.Reflection.MethodInfo LagMethod(Type type)
    {
        if (type == typeof(string))
        {
            return typeof(Window).GetMethod(nameof(Window.Lag), [typeof(string), typeof(int), typeof(WindowSpec)])!;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        return typeof(Window).GetMethods()
            .Where(m => m.Name == nameof(Window.Lag) && m.IsGenericMethodDefinition)
            .Select(m => m.MakeGenericMethod(underlying ?? type))
            .Single(m => m.GetParameters()[0].ParameterType == type);
    }
}
