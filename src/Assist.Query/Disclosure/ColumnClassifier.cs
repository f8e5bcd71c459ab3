using Assist.Query.Ast;

namespace Assist.Query.Disclosure;

/// <summary>
/// Reads what each output column of an aggregate SELECT is from its expression: a GROUP BY key, a count, a sum or an
/// average of a value, or something else. Wrappers the translator adds (a cast, <c>coalesce(sum(x), 0)</c>, the
/// <c>coalesce(count_if(c), 0)</c> of a nullable condition, the null term of a distinct count) are looked through.
/// </summary>
internal static class ColumnClassifier
{
    /// <summary>The kind of <paramref name="expression"/>, and for a sum or an average the aggregate itself.</summary>
    public static (DisclosureColumnKind Kind, SqlAggregate? Aggregate) Classify(SqlExpr expression, IReadOnlyList<SqlExpr> groupBy)
    {
        if (groupBy.Contains(expression))
        {
            return (DisclosureColumnKind.Key, null);
        }

        if (Unwrap(expression) is not SqlAggregate aggregate)
        {
            return (DisclosureColumnKind.Other, null);
        }

        return aggregate.Kind switch
        {
            SqlAggregateKind.Count or SqlAggregateKind.CountIf => (DisclosureColumnKind.Count, null),

            // g.Sum(p => cond ? 1 : 0) and g.Count(...) written as a sum of an indicator count rows.
            SqlAggregateKind.Sum when !aggregate.Distinct && IsIndicator(aggregate.Argument) => (DisclosureColumnKind.Count, null),
            SqlAggregateKind.Sum when !aggregate.Distinct => (DisclosureColumnKind.Sum, aggregate),
            SqlAggregateKind.Average when !aggregate.Distinct => (DisclosureColumnKind.Average, aggregate),
            _ => (DisclosureColumnKind.Other, null),
        };
    }

    // A cast, or coalesce(aggregate, literal): what the translator puts around an aggregate to type it as C# does.
    private static SqlExpr Unwrap(SqlExpr expression) => expression switch
    {
        SqlCast cast => Unwrap(cast.Operand),
        SqlFunction { Kind: SqlFunctionKind.Coalesce, Arguments: [var value, SqlLiteral] } => Unwrap(value),

        // count(DISTINCT x) + CASE WHEN … IS NULL … THEN 1 ELSE 0 END: a distinct count that counts null as a value
        // (docs/dialects.md #51) is still a count.
        SqlBinary { Operator: SqlBinaryOperator.Add, Left: SqlAggregate { Kind: SqlAggregateKind.Count, Distinct: true } count, Right: SqlCase } => count,
        _ => expression,
    };

    // A CASE whose every result is the number 0 or 1 or NULL (nested CASEs from a filtered group included), with a 1 somewhere.
    private static bool IsIndicator(SqlExpr? argument)
    {
        var sawOne = false;
        return argument is not null && Check(argument) && sawOne;

        bool Check(SqlExpr e) => e switch
        {
            SqlCase sqlCase => sqlCase.Whens.All(w => Check(w.Result)) && (sqlCase.Else is null || Check(sqlCase.Else)),
            SqlCast cast => Check(cast.Operand),
            SqlLiteral { Value: null } => true,
            SqlLiteral literal when IsNumber(literal.Value, 0) => true,
            SqlLiteral literal when IsNumber(literal.Value, 1) => sawOne = true,
            _ => false,
        };
    }

    private static bool IsNumber(object? value, int expected) => value switch
    {
        int i => i == expected,
        long l => l == expected,
        double d => d == expected,
        decimal m => m == expected,
        float f => f == expected,
        _ => false,
    };
}
