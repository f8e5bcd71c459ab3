using System.Linq.Expressions;

namespace Assist.Submissions;

/// <summary>
/// A plot's column selector (<c>r =&gt; r.PercentCorrect</c>) read as the column it names: the output file's header
/// holds the row type's property names, so a selector must be one property of the lambda's parameter.
/// </summary>
/// <param name="Name">The property's name, or null when the selector computes something instead.</param>
/// <param name="Text">The selector as written, for messages.</param>
internal sealed record PlotColumn(string? Name, string Text)
{
    /// <summary>The column <paramref name="selector"/> names; null when no selector was given.</summary>
    public static PlotColumn? Of(LambdaExpression? selector)
    {
        if (selector is null)
        {
            return null;
        }

        var body = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert
            ? convert.Operand
            : selector.Body;
        var name = body is MemberExpression { Expression: ParameterExpression parameter } member && parameter == selector.Parameters[0]
            ? member.Member.Name
            : null;
        return new PlotColumn(name, selector.ToString());
    }
}

/// <summary>What one <c>Submission.Plot</c> call asked for, before it is checked.</summary>
internal sealed record PlotRequest(
    string? Name, PlotKind Kind, string? Output, PlotColumn? X, PlotColumn? Y, PlotColumn? Group, PlotColumn? Spread, string? Title);
