using System.Linq.Expressions;
using System.Reflection;

namespace Assist.Query;

/// <summary>
/// One query operator applied to a query: what <c>Expression.Call(source.Expression, method, arguments)</c> would hold,
/// without building or validating the call. Lambda arguments are kept unquoted; they stand for
/// <c>Expression.Quote(lambda)</c>, as the operators' <c>Expression&lt;Func&lt;…&gt;&gt;</c> parameters require.
/// </summary>
internal sealed class QueryOperatorRecord(IQueryExpression source, MethodInfo method, Expression? first, Expression[]? rest)
{
    /// <summary>The query the operator applies to (the call's instance).</summary>
    public IQueryExpression Source { get; } = source;

    /// <summary>The operator: an instance method of <see cref="Query{T}"/> or <see cref="OrderedQuery{T}"/>.</summary>
    public MethodInfo Method { get; } = method;

    public int ArgumentCount => first is null ? 0 : 1 + (rest?.Length ?? 0);

    /// <summary>The argument as recorded: a lambda here is quoted in the call.</summary>
    public Expression GetArgument(int index) => index == 0 ? first! : rest![index - 1];

    /// <summary>The call this record stands for (built on demand: translation, review, local checks).</summary>
    public MethodCallExpression ToExpression()
    {
        var arguments = new Expression[ArgumentCount];
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = GetArgument(i);
            arguments[i] = argument is LambdaExpression lambda ? Expression.Quote(lambda) : argument;
        }

        return Expression.Call(Source.Expression, Method, arguments);
    }
}
