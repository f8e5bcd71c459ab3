using System.Linq.Expressions;
using System.Reflection;
using Assist.Query.Generative.Lake;
using Assist.Query.Generative.Lake.GenCore.School;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// Random well-typed scalar expressions over one row parameter, in the shapes the C# compiler gives expression trees
/// (lifted nullable operators, enum comparisons on the underlying type, closures as fields of constants). Depth bounds
/// the nesting; depth 0 gives a leaf (a column, a navigation member, a constant or a captured local).
/// </summary>
public sealed partial class ScalarGenerator(GenerationContext context)
{
    /// <summary>The value types the generator produces; <c>bool</c> predicates have their own entry point.</summary>
    public static readonly Type[] ValueTypes =
        [typeof(int), typeof(int?), typeof(long), typeof(double), typeof(double?), typeof(string), typeof(DateTime), typeof(DateTime?), typeof(bool?), typeof(LogKind?)];

    private Choices C => context.Choices;

    /// <summary>An expression of <paramref name="type"/> over <paramref name="row"/>.</summary>
    public Expression Of(Type type, ParameterExpression row, int depth)
    {
        if (type == typeof(bool))
        {
            return Predicate(row, depth);
        }

        if (depth <= 0 || !C.Chance(65))
        {
            return Leaf(type, row);
        }

        return type switch
        {
            _ when type == typeof(int) => Int(row, depth),
            _ when type == typeof(int?) => NullableInt(row, depth),
            _ when type == typeof(long) => Leaf(type, row),
            _ when type == typeof(double) => Double(row, depth),
            _ when type == typeof(double?) => NullableDouble(row, depth),
            _ when type == typeof(string) => Text(row, depth),
            _ when type == typeof(DateTime) => Timestamp(row, depth),
            _ when type == typeof(DateTime?) => NullableTimestamp(row, depth),
            _ when type == typeof(bool?) => NullableBool(row, depth),
            _ => Leaf(type, row),
        };
    }

    /// <summary>A column, a member of a to-one navigation, a constant or a captured local of <paramref name="type"/>.</summary>
    public Expression Leaf(Type type, ParameterExpression row)
    {
        var columns = Columns(row, type);
        var navigationMembers = NavigationMembers(row, type);
        // Mostly columns, as researchers' queries are: constants and captured values alone make degenerate keys.
        var pick = C.Pick(10);
        if (pick < 6 && columns.Count > 0)
        {
            context.Use(Construct.Column);
            return columns[C.Pick(columns.Count)];
        }

        if (pick < 7 && navigationMembers.Count > 0)
        {
            return navigationMembers[C.Pick(navigationMembers.Count)];
        }

        if (pick < 9 || type == typeof(DateTime?))
        {
            return Constant(type);
        }

        context.Use(Construct.CapturedValue);
        return CaptureOf(type);
    }

    private static List<Expression> Columns(ParameterExpression row, Type type) =>
        [.. row.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == type && p.Name != nameof(Log.StudentId))
            .Select(p => (Expression)Expression.Property(row, p))];

    /// <summary>Members reached through a to-one navigation: <c>l.Student().Grade</c>, <c>s.Class().Title</c>.</summary>
    private List<Expression> NavigationMembers(ParameterExpression row, Type type)
    {
        var result = new List<Expression>();
        if (row.Type == typeof(Log))
        {
            var student = Expression.Call(row, typeof(Log).GetMethod(nameof(Log.Student))!);
            result.AddRange(typeof(Student).GetProperties().Where(p => p.PropertyType == type && p.Name != nameof(Student.ClassId))
                .Select(p => (Expression)Expression.Property(student, p)));
            if (result.Count > 0)
            {
                context.Use(Construct.NavigationToOne);
            }
        }
        else if (row.Type == typeof(Student))
        {
            // The class is optional: only nullable members, which a LEFT JOIN that found nothing leaves NULL.
            var schoolClass = Expression.Call(row, typeof(Student).GetMethod(nameof(Student.Class))!);
            result.AddRange(typeof(SchoolClass).GetProperties()
                .Where(p => p.PropertyType == type && p.Name is nameof(SchoolClass.Title) or nameof(SchoolClass.Capacity))
                .Select(p => (Expression)Expression.Property(schoolClass, p)));
            if (result.Count > 0)
            {
                context.Use(Construct.NavigationOptionalToOne);
            }
        }

        return result;
    }

    private Expression Constant(Type type)
    {
        context.Use(Construct.Constant);
        var value = ConstantValue(type);

        // As the C# compiler builds it: a non-null value of T? is a T constant lifted by a conversion.
        return value is not null && Nullable.GetUnderlyingType(type) is { } underlying
            ? Expression.Convert(Expression.Constant(value, underlying), type)
            : Expression.Constant(value, type);
    }

    private object? ConstantValue(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if ((underlying is not null || type == typeof(string)) && C.Chance(15))
        {
            return null;
        }

        var t = underlying ?? type;
        return t switch
        {
            _ when t == typeof(int) => C.Pick(5) - 2,
            _ when t == typeof(long) => (long)C.Pick(5) - 1,
            _ when t == typeof(double) => C.OneOf(0.5, -1.5, 0.0, 1.0, 2.5, -0.5, 0.1),
            _ when t == typeof(string) => C.OneOf("a", "b", "A", "", "ab", "b a", "%", "_"),
            _ when t == typeof(DateTime) => Data.RowsGenerator.Day0.AddDays(C.Pick(30) - 2).AddHours(C.OneOf(0, 12, 23)),
            _ when t == typeof(bool) => C.Pick(2) == 1,
            _ when t == typeof(LogKind) => (LogKind)(1 + C.Pick(3)),
            _ => throw new InvalidOperationException("No constants of " + type.Name),
        };
    }

    private Expression CaptureOf(Type type)
    {
        var value = ConstantValue(type);
        var capture = typeof(GenerationContext).GetMethod(nameof(GenerationContext.Capture))!.MakeGenericMethod(type);
        return (Expression)capture.Invoke(context, [value])!;
    }

    /// <summary>Converts to <paramref name="type"/> when needed, as C# lifts an <c>int</c> to <c>int?</c>.</summary>
    private static Expression As(Expression e, Type type) => e.Type == type ? e : Expression.Convert(e, type);

    private static bool IsNullable(Type type) => Nullable.GetUnderlyingType(type) is not null || type == typeof(string);
}
