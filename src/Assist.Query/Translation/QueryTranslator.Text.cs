using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>
/// Values written into strings (<c>+</c>, interpolation, <c>ToString()</c>) as C# prints them: integers and strings
/// as they are, bool as True/False, an enum by its name, null as "". Doubles, decimals and dates print differently in
/// C# and in each engine (<c>1</c> vs <c>1.0</c>, <c>1E-07</c> vs <c>1e-07</c>), so they are refused.
/// Always <c>||</c>, never <c>concat()</c>, whose NULL handling differs between engines (docs/dialects.md #5).
/// </summary>
internal sealed partial class QueryTranslator
{
    /// <summary>One operand of a concatenation: its text, '' for null as in C#.</summary>
    private SqlExpr TextOperand(Expression e, Scope scope)
    {
        var text = TextOf(e, scope);
        return text is SqlBinary { Operator: SqlBinaryOperator.Concat } || !SqlNullability.MayBeNull(text)
            ? text
            : SqlFactory.Coalesce(text, new SqlLiteral(string.Empty, SqlType.Varchar));
    }

    /// <summary>The text C# would print for a value (NULL for null).</summary>
    private SqlExpr TextOf(Expression e, Scope scope)
    {
        e = StripObjectConvert(e);
        var type = Nullable.GetUnderlyingType(e.Type) ?? e.Type;
        var value = TranslateScalar(e, scope);
        if (value is SqlLiteral { Value: null })
        {
            return new SqlLiteral(null, SqlType.Varchar);
        }

        if (type == typeof(string) || type == typeof(char))
        {
            return value;
        }

        if (type == typeof(bool))
        {
            return new SqlCase([new SqlWhen(value, Text("True")), new SqlWhen(SqlFactory.Not(value), Text("False"))], null, SqlType.Varchar);
        }

        if (type.IsEnum)
        {
            // C# prints a defined value by name and any other by number.
            var whens = Enum.GetValues(type).Cast<object>()
                .Select(v => new SqlWhen(SqlFactory.Equal(value, new SqlLiteral(Convert.ToInt64(v, CultureInfo.InvariantCulture), value.Type)), Text(v.ToString()!)))
                .ToList();
            return new SqlCase(whens, new SqlCast(value, SqlType.Varchar), SqlType.Varchar);
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
            || type == typeof(ushort) || type == typeof(uint))
        {
            return new SqlCast(value, SqlType.Varchar);
        }

        throw Fail("a " + (s_keywords.TryGetValue(type, out var keyword) ? keyword : type.Name) + " written into a string (C# and SQL print it differently: round or cast it to an integer, "
            + "or format it after the query)", e);
    }

    private static readonly Dictionary<Type, string> s_keywords = new()
    {
        [typeof(double)] = "double",
        [typeof(float)] = "float",
        [typeof(decimal)] = "decimal",
        [typeof(ulong)] = "ulong",
    };

    private static SqlLiteral Text(string text) => new(text, SqlType.Varchar);

    private SqlExpr Concatenate(IEnumerable<Expression> parts, Scope scope)
    {
        SqlExpr? result = null;
        foreach (var part in parts)
        {
            var text = TextOperand(part, scope);
            result = result is null ? text : new SqlBinary(SqlBinaryOperator.Concat, result, text, SqlType.Varchar);
        }

        return result ?? Text(string.Empty);
    }

    /// <summary>
    /// <c>string.Format</c>, which C# interpolation compiles to in expression trees: placeholders <c>{n}</c> only
    /// (an alignment or format string is refused), <c>{{</c>/<c>}}</c> for braces.
    /// </summary>
    private SqlExpr TranslateFormat(MethodCallExpression call, Scope scope)
    {
        if (call.Arguments[0] is not ConstantExpression { Value: string format })
        {
            throw Fail("string.Format with a format that is not written in the query", call);
        }

        IReadOnlyList<Expression> args = call.Arguments.Count == 2 && call.Arguments[1] is NewArrayExpression array ? array.Expressions : [.. call.Arguments.Skip(1)];
        var parts = new List<Expression>();
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                throw Fail("a string format with an unmatched '}'", call);
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = format.IndexOf('}', i);
            var hole = close < 0 ? string.Empty : format[(i + 1)..close];
            if (!int.TryParse(hole, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= args.Count)
            {
                throw Fail("a string format placeholder other than {n} (alignment and format strings print differently in SQL)", call);
            }

            parts.Add(Expression.Constant(literal.ToString()));
            literal.Clear();
            parts.Add(args[index]);
            i = close;
        }

        parts.Add(Expression.Constant(literal.ToString()));
        return Concatenate(parts.Where(p => p is not ConstantExpression { Value: "" }), scope);
    }
}
