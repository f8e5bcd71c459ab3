using System.Linq.Expressions;
using Assist.Query.Generative.Lake;
using Assist.Query.Generative.Lake.GenCore.School;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// Random well-typed queries over the fixture lake: filters, then one result shape (entity rows, a projection with
/// or without Distinct, a totally ordered page, a grouping with aggregates and HAVING, a projection of captured values,
/// a filtered navigation bound with <c>let</c>, a chain of operators: QueryGenerator.Chains.cs). Depth of the scalar
/// expressions is 2 to 4.
/// </summary>
public sealed partial class QueryGenerator
{
    private static readonly Type[] s_projectedTypes = [.. ScalarGenerator.ValueTypes, typeof(bool)];
    private static readonly Type[] s_keyTypes = [typeof(int?), typeof(string), typeof(bool?), typeof(LogKind?), typeof(int)];

    private readonly GenerationContext _context;
    private readonly ScalarGenerator _scalars;
    private readonly List<QueryStep> _steps = [];

    private QueryGenerator(Choices choices)
    {
        _context = new GenerationContext(choices);
        _scalars = new ScalarGenerator(_context);
    }

    private Choices C => _context.Choices;

    public static GeneratedQuery Generate(Choices choices) => new QueryGenerator(choices).Build();

    private GeneratedQuery Build()
    {
        var root = C.Chance(40) ? typeof(Student) : typeof(Log);
        var row = Expression.Parameter(root, root == typeof(Log) ? "l" : "s");
        var depth = 2 + C.Pick(3);
        for (var i = C.Pick(3); i > 0; i--)
        {
            _context.Use(Construct.Where);
            _steps.Add(new QueryStep(nameof(Construct.Where), Expression.Lambda(_scalars.Predicate(row, depth), row)));
        }

        var ordered = false;
        switch (C.Pick(14))
        {
            case 11 or 12 or 13:
                ordered = Chain(row, depth);
                break;
            case 0:
                _context.Use(Construct.EntityRows);
                break;
            case 1 or 6 or 7:
                Project(row, depth);
                if (C.Chance(30))
                {
                    _context.Use(Construct.Distinct);
                    _steps.Add(new QueryStep(nameof(Construct.Distinct)));
                }

                break;
            case 2 or 8:
                OrderedPage(row, depth);
                ordered = true;
                break;
            case 3 or 9:
                Grouping(row, depth);
                break;
            case 4:
                CapturedOnly(row);
                break;
            default:
                if (root == typeof(Student))
                {
                    LetFilteredNavigation(row, depth);
                }
                else
                {
                    Project(row, depth);
                }

                break;
        }

        return new GeneratedQuery(root, _steps, _context.Captures, _context.Constructs, ordered);
    }

    private void Project(ParameterExpression row, int depth)
    {
        _context.Use(Construct.Select);
        var count = 1 + C.Pick(3);
        var values = new Expression[count];
        for (var i = 0; i < count; i++)
        {
            var type = C.OneOf(s_projectedTypes);
            if (type == typeof(bool))
            {
                _context.Use(Construct.ProjectedComparison);
            }

            values[i] = _scalars.Of(type, row, depth);
        }

        _steps.Add(new QueryStep(nameof(Construct.Select), Expression.Lambda(NewRow(values), row)));
    }

    private void OrderedPage(ParameterExpression row, int depth)
    {
        var first = C.Chance(50);
        _context.Use(first ? Construct.OrderByDescending : Construct.OrderBy);
        _steps.Add(new QueryStep(first ? nameof(Construct.OrderByDescending) : nameof(Construct.OrderBy),
            Expression.Lambda(_scalars.Of(C.OneOf(s_keyTypes[..3]), row, depth - 1), row)));
        _context.Use(Construct.ThenBy);
        if (C.Chance(40))
        {
            _steps.Add(new QueryStep("ThenByDescending", Expression.Lambda(_scalars.Of(C.OneOf(typeof(int), typeof(double?), typeof(DateTime)), row, depth - 1), row)));
        }

        // The row id last: the order is total, so a page (Skip/Take) and the result order are deterministic.
        _steps.Add(new QueryStep(nameof(Construct.ThenBy), Expression.Lambda(Expression.Property(row, "Id"), row)));
        if (C.Chance(50))
        {
            _context.Use(Construct.Skip);
            _steps.Add(new QueryStep(nameof(Construct.Skip), Count: C.Pick(3)));
        }

        if (C.Chance(60))
        {
            _context.Use(Construct.Take);
            _steps.Add(new QueryStep(nameof(Construct.Take), Count: 1 + C.Pick(4)));
        }

        if (C.Chance(70))
        {
            Project(row, depth);
        }
    }

    private void Grouping(ParameterExpression row, int depth)
    {
        _context.Use(Construct.GroupBy);
        var key = _scalars.Of(C.OneOf(s_keyTypes), row, depth - 1);
        _steps.Add(new QueryStep(nameof(Construct.GroupBy), Expression.Lambda(key, row)));
        var groupType = typeof(IGrouping<,>).MakeGenericType(key.Type, row.Type);
        var group = Expression.Parameter(groupType, "g");
        if (C.Chance(40))
        {
            _context.Use(Construct.Having);
            var aggregate = GroupAggregate(group, row.Type, depth);
            var valueType = Nullable.GetUnderlyingType(aggregate.Type) ?? aggregate.Type;
            Expression bound = Expression.Constant(Convert.ChangeType(C.Pick(3), valueType, System.Globalization.CultureInfo.InvariantCulture), valueType);
            bound = bound.Type == aggregate.Type ? bound : Expression.Convert(bound, aggregate.Type);
            _context.Use(Construct.GreaterThanOrEqual);
            _steps.Add(new QueryStep(nameof(Construct.Where), Expression.Lambda(Expression.GreaterThanOrEqual(aggregate, bound), group)));
        }

        var values = new List<Expression> { Expression.Property(group, "Key") };
        for (var i = C.Pick(3); i > 0; i--)
        {
            values.Add(GroupAggregate(group, row.Type, depth));
        }

        _steps.Add(new QueryStep(nameof(Construct.Select), Expression.Lambda(NewRow([.. values]), group)));
    }

    private Expression GroupAggregate(ParameterExpression group, Type elementType, int depth)
    {
        var element = Expression.Parameter(elementType, "x");
        switch (C.Pick(6))
        {
            case 0:
                _context.Use(Construct.GroupCount);
                return ScalarGenerator.CallEnumerable(nameof(Enumerable.Count), group);
            case 1:
                _context.Use(Construct.GroupCountWhere);
                return ScalarGenerator.CallEnumerable(nameof(Enumerable.Count), group, Expression.Lambda(_scalars.Predicate(element, depth - 1), element));
            case 2:
                _context.Use(Construct.GroupSum);
                return ScalarGenerator.CallEnumerable(nameof(Enumerable.Sum), group,
                    Expression.Lambda(_scalars.Of(C.OneOf(typeof(int), typeof(int?)), element, depth - 1), element));
            case 3:
                _context.Use(Construct.GroupAverage);
                return ScalarGenerator.CallEnumerable(nameof(Enumerable.Average), group,
                    Expression.Lambda(_scalars.Of(C.OneOf(typeof(int?), typeof(double?), typeof(double)), element, depth - 1), element));
            case 4:
                _context.Use(Construct.GroupMin);
                return ScalarGenerator.CallEnumerable(nameof(Enumerable.Min), group, Expression.Lambda(_scalars.Of(C.OneOf(typeof(int?), typeof(double?)), element, depth - 1), element));
            default:
                _context.Use(Construct.GroupMax);
                return ScalarGenerator.CallEnumerable(nameof(Enumerable.Max), group, Expression.Lambda(_scalars.Of(C.OneOf(typeof(int), typeof(int?)), element, depth - 1), element));
        }
    }

    /// <summary><c>select new { Term = term }</c>: a projection that reads only captured values (and maybe one column).</summary>
    private void CapturedOnly(ParameterExpression row)
    {
        _context.Use(Construct.CapturedOnlyProjection);
        _context.Use(Construct.Select);
        var values = new List<Expression> { _context.Capture(C.OneOf("t1", "t2")) };
        if (C.Chance(50))
        {
            values.Add(_context.Capture(C.Pick(3)));
        }

        _steps.Add(new QueryStep(nameof(Construct.Select), Expression.Lambda(NewRow([.. values]), row)));
    }

    /// <summary>
    /// <c>from s in Students let xs = s.Logs().Where(x =&gt; p) select new { s.Id, N = xs.Count(x =&gt; q) }</c>, in the
    /// form the C# compiler gives it: a Select to a transparent identifier, then a Select over it.
    /// </summary>
    private void LetFilteredNavigation(ParameterExpression row, int depth)
    {
        _context.Use(Construct.LetFilteredNavigation);
        _context.Use(Construct.NavigationToMany);
        _context.Use(Construct.Select);
        var child = Expression.Parameter(typeof(Log), "x");
        var logs = Expression.Call(row, typeof(Student).GetMethod(nameof(Student.Logs))!);
        var filtered = ScalarGenerator.CallEnumerable(nameof(Enumerable.Where), logs, Expression.Lambda(_scalars.Predicate(child, depth - 1), child));
        var transparent = NewRow(row, filtered);
        _steps.Add(new QueryStep(nameof(Construct.Select), Expression.Lambda(transparent, row)));
        var t = Expression.Parameter(transparent.Type, "t");
        var xs = Expression.Property(t, "C1");
        var inner = Expression.Parameter(typeof(Log), "x");
        Expression aggregate = C.Chance(50)
            ? ScalarGenerator.CallEnumerable(nameof(Enumerable.Count), xs, Expression.Lambda(_scalars.Predicate(inner, depth - 1), inner))
            : ScalarGenerator.CallEnumerable(nameof(Enumerable.Sum), xs, Expression.Lambda(Expression.Property(inner, nameof(Log.Hints)), inner));
        _context.Use(aggregate is MethodCallExpression { Method.Name: nameof(Enumerable.Count) } ? Construct.AggregateCountWhere : Construct.AggregateSum);
        _steps.Add(new QueryStep(nameof(Construct.Select), Expression.Lambda(NewRow(Expression.Property(Expression.Property(t, "C0"), "Id"), aggregate), t)));
    }

    /// <summary><c>new { C0 = a, C1 = b }</c> with members named, as the C# compiler builds anonymous types.</summary>
    public static NewExpression NewRow(params Expression[] values)
    {
        var definition = values.Length switch
        {
            1 => typeof(Row1<>),
            2 => typeof(Row2<,>),
            3 => typeof(Row3<,,>),
            _ => throw new ArgumentOutOfRangeException(nameof(values), values.Length, "Rows have 1 to 3 columns."),
        };
        var type = definition.MakeGenericType([.. values.Select(v => v.Type)]);
        var members = Enumerable.Range(0, values.Length).Select(i => (System.Reflection.MemberInfo)type.GetProperty("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))!);
        return Expression.New(type.GetConstructors().Single(), values, members);
    }
}
