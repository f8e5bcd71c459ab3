using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Translation;

/// <summary>Method calls: dispatched through <see cref="s_methodTranslators"/>; string and Math translators here, the others in their own partials.</summary>
internal sealed partial class QueryTranslator
{
    private SqlExpr TranslateCall(MethodCallExpression call, Scope scope)
    {
        var method = call.Method;
        var type = method.DeclaringType!;
        if (IsSequenceCall(call))
        {
            return TranslateSequenceCall(call, scope);
        }

        if (LakeModel.FindNavigation(type, method.Name) is { Kind: NavigationKind.ToMany })
        {
            throw Fail("a to-many navigation used as a value (aggregate it: .Count(), .Any(), .Sum(…))", call);
        }

        if (s_methodTranslators.TryGetValue(type, out var translate))
        {
            return translate(this, call, scope);
        }

        if (method.Name == nameof(ToString) && call.Arguments.Count == 0 && call.Object is not null && IsScalarType(call.Object.Type))
        {
            // Nullable<T>.ToString() of null is "" in C#.
            return TextOperand(call.Object, scope);
        }

        if (method.Name == nameof(Nullable<int>.GetValueOrDefault) && call.Object is not null && Nullable.GetUnderlyingType(type) is { } underlying)
        {
            // x.GetValueOrDefault() is x ?? default(T); x.GetValueOrDefault(d) is x ?? d.
            var fallback = call.Arguments.Count == 1 ? TranslateScalar(call.Arguments[0], scope) : Literal(Activator.CreateInstance(underlying), underlying);
            return SqlFactory.Coalesce(TranslateValue(call.Object, scope), fallback);
        }

        if (!IsFrameworkType(type) && type.Assembly != typeof(QueryTranslator).Assembly && LakeModel.FindNavigation(type, method.Name) is null)
        {
            // A method of the researcher's own code: only its compiled body exists, so the query cannot see inside it.
            throw Fail("the method " + type.Name + "." + method.Name + " of your own code (a query cannot look inside a method: write its expression in the query)", call);
        }

        throw Fail("the method " + type.Name + "." + method.Name, call);
    }

    private static bool IsFrameworkType(Type type) =>
        type.Assembly == typeof(object).Assembly || type.Assembly.GetName().Name is { } name && (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft", StringComparison.Ordinal));

    private static bool IsSequenceCall(MethodCallExpression call)
    {
        var method = call.Method;
        return method.DeclaringType == typeof(Enumerable) || (call.Object is not null && IsQueryType(call.Object.Type)) || IsCollectionContains(call)
            || (method.DeclaringType == typeof(MemoryExtensions) && method.Name == "Contains"
                && (call.Arguments.Count == 2 || (call.Arguments.Count == 3 && call.Arguments[2] is ConstantExpression { Value: null })));
    }

    private SqlExpr TranslateRegexCall(MethodCallExpression call, Scope scope) =>
        call.Method.Name == nameof(Regex.IsMatch) && call.Arguments.Count == 2
            ? new SqlFunction(SqlFunctionKind.RegexMatch, [TranslateScalar(call.Arguments[0], scope), Pattern(call.Arguments[1], scope, call)], SqlType.Boolean)
            : throw Fail("the method Regex." + call.Method.Name + " (use Regex.IsMatch(value, pattern) or Sql.RegexExtract)", call);

    private SqlExpr TranslateStringCall(MethodCallExpression call, Scope scope)
    {
        var name = call.Method.Name;
        var args = call.Arguments;
        if (call.Object is null)
        {
            switch (name)
            {
                case nameof(string.IsNullOrEmpty):
                    {
                        var value = TranslateScalar(args[0], scope);
                        return SqlFactory.Or(SqlFactory.IsNull(value), SqlFactory.Equal(value, new SqlLiteral(string.Empty, SqlType.Varchar)));
                    }

                case nameof(string.IsNullOrWhiteSpace):
                    {
                        // C#'s white space, as Trim() removes it (docs/dialects.md #57).
                        var value = TranslateScalar(args[0], scope);
                        var trimmed = Trim(SqlFunctionKind.Trim, value, s_whiteSpace);
                        return SqlFactory.Or(SqlFactory.IsNull(value), SqlFactory.Equal(trimmed, new SqlLiteral(string.Empty, SqlType.Varchar)));
                    }

                case nameof(string.Concat) when args.Count == 1 && args[0] is NewArrayExpression array:
                    return Concatenate(array.Expressions, scope);
                case nameof(string.Concat) when args.All(a => a.Type == typeof(string) || a.Type == typeof(object)):
                    return Concatenate(args, scope);
                case nameof(string.Format) when args[0].Type == typeof(string):
                    return TranslateFormat(call, scope);
                case nameof(string.Equals) when args.Count == 2 && args.All(a => a.Type == typeof(string)):
                    return TranslateValue(Expression.Equal(args[0], args[1]), scope);
            }

            throw Fail("the method string." + name, call);
        }

        var s = TranslateScalar(call.Object, scope);
        switch (name)
        {
            case nameof(string.ToLower) or nameof(string.ToLowerInvariant) when args.Count == 0:
                return new SqlFunction(SqlFunctionKind.Lower, [s], SqlType.Varchar);
            case nameof(string.ToUpper) or nameof(string.ToUpperInvariant) when args.Count == 0:
                return new SqlFunction(SqlFunctionKind.Upper, [s], SqlType.Varchar);
            case nameof(string.Trim) or nameof(string.TrimStart) or nameof(string.TrimEnd) when TrimCharacters(args) is { } chars:
                {
                    // C# trims char.IsWhiteSpace (or the given chars); SQL's one-argument trim does not (docs/dialects.md #57).
                    var kind = name == nameof(string.Trim) ? SqlFunctionKind.Trim : name == nameof(string.TrimStart) ? SqlFunctionKind.TrimStart : SqlFunctionKind.TrimEnd;
                    return Trim(kind, s, chars);
                }

            case nameof(string.Substring):
                {
                    // C# is 0-based, SQL 1-based; substr with start >= 1 only (docs/dialects.md #31).
                    var start = PlusOne(TranslateScalar(args[0], scope));
                    return args.Count == 1
                        ? new SqlFunction(SqlFunctionKind.Substring, [s, start], SqlType.Varchar)
                        : new SqlFunction(SqlFunctionKind.Substring, [s, start, TranslateScalar(args[1], scope)], SqlType.Varchar);
                }

            case nameof(string.Replace) when args.Count == 2 && args[0].Type == typeof(string):
                return new SqlFunction(SqlFunctionKind.Replace, [s, TranslateScalar(args[0], scope), TranslateScalar(args[1], scope)], SqlType.Varchar);
            case nameof(string.IndexOf) when args.Count == 1 && args[0].Type == typeof(string):
                return new SqlBinary(SqlBinaryOperator.Subtract, new SqlFunction(SqlFunctionKind.StrPos, [s, TranslateScalar(args[0], scope)], SqlType.BigInt),
                    SqlFactory.Literal(1), SqlType.BigInt);
            case nameof(string.Contains) or nameof(string.StartsWith) or nameof(string.EndsWith) when args.Count == 1 && args[0].Type == typeof(string):
                var (pattern, escape) = LikePattern(args[0], scope, prefix: name != nameof(string.StartsWith), suffix: name != nameof(string.EndsWith));
                return new SqlLike(s, pattern, escape);
            case nameof(string.Contains) or nameof(string.StartsWith) or nameof(string.EndsWith) or nameof(string.IndexOf) when args.Count == 1 && args[0] is ConstantExpression { Value: char c }:
                // The char overloads mean the same as the one-character string.
                return TranslateStringCall(Expression.Call(call.Object, typeof(string).GetMethod(name, [typeof(string)])!, Expression.Constant(c.ToString())), scope);
            case nameof(string.Equals) when args.Count == 1 && args[0].Type == typeof(string):
                // Ordinal equality, the same as == on strings.
                return TranslateValue(Expression.Equal(call.Object, args[0]), scope);
            default:
                throw Fail("the method string." + name + " with these arguments", call);
        }
    }

    // Every char for which char.IsWhiteSpace is true: what Trim() with no characters (or an empty array) removes.
    private static readonly string s_whiteSpace = new([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    private static SqlFunction Trim(SqlFunctionKind kind, SqlExpr value, string chars) =>
        new(kind, [value, new SqlLiteral(chars, SqlType.Varchar)], SqlType.Varchar);

    /// <summary>The characters a Trim call removes, when written in the query: none given is C#'s white space.</summary>
    private static string? TrimCharacters(IReadOnlyList<Expression> args)
    {
        if (args.Count == 0)
        {
            return s_whiteSpace;
        }

        if (args.Count != 1)
        {
            return null;
        }

        IEnumerable<Expression>? items = args[0] switch
        {
            ConstantExpression { Value: char } c => [c],
            NewArrayExpression { NodeType: ExpressionType.NewArrayInit } array => array.Expressions,
            _ => null,
        };
        if (items is null || !items.All(e => e is ConstantExpression { Value: char }))
        {
            return null;
        }

        var chars = string.Concat(items.Select(e => (char)((ConstantExpression)e).Value!));
        return chars.Length == 0 ? s_whiteSpace : chars;
    }

    private static Expression StripObjectConvert(Expression e) =>
        e is UnaryExpression { NodeType: ExpressionType.Convert } u && u.Type == typeof(object) ? u.Operand : e;

    private static SqlExpr PlusOne(SqlExpr e) => e is SqlLiteral { Value: long n }
        ? SqlFactory.Literal(n + 1)
        : new SqlBinary(SqlBinaryOperator.Add, e, SqlFactory.Literal(1), SqlType.BigInt);

    /// <summary>
    /// A LIKE pattern matching the text literally: a literal in the query is escaped here; a parameter is escaped in
    /// SQL with replace(), so its value is never read as a pattern (docs/dialects.md #18). Escape says whether the pattern
    /// holds an escaped character and so needs <c>ESCAPE '\'</c>; a parameter always may.
    /// </summary>
    private (SqlExpr Pattern, bool Escape) LikePattern(Expression argument, Scope scope, bool prefix, bool suffix)
    {
        var value = TranslateScalar(argument, scope);
        if (value is SqlLiteral { Value: string text })
        {
            var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            return (new SqlLiteral((prefix ? "%" : string.Empty) + escaped + (suffix ? "%" : string.Empty), SqlType.Varchar), escaped.Length != text.Length);
        }

        SqlExpr pattern = value;
        foreach (var (from, to) in new[] { ("\\", "\\\\"), ("%", "\\%"), ("_", "\\_") })
        {
            pattern = new SqlFunction(SqlFunctionKind.Replace, [pattern, new SqlLiteral(from, SqlType.Varchar), new SqlLiteral(to, SqlType.Varchar)], SqlType.Varchar);
        }

        var percent = new SqlLiteral("%", SqlType.Varchar);
        if (prefix)
        {
            pattern = new SqlBinary(SqlBinaryOperator.Concat, percent, pattern, SqlType.Varchar);
        }

        if (suffix)
        {
            pattern = new SqlBinary(SqlBinaryOperator.Concat, pattern, percent, SqlType.Varchar);
        }

        return (pattern, true);
    }

    // Math methods of one argument that are one SQL function of the same name in both dialects' emitters.
    private static readonly Dictionary<string, SqlFunctionKind> s_unaryMath = new(StringComparer.Ordinal)
    {
        [nameof(Math.Abs)] = SqlFunctionKind.Abs,
        [nameof(Math.Floor)] = SqlFunctionKind.Floor,
        [nameof(Math.Ceiling)] = SqlFunctionKind.Ceiling,
        [nameof(Math.Truncate)] = SqlFunctionKind.Truncate,
        [nameof(Math.Sqrt)] = SqlFunctionKind.Sqrt,
        [nameof(Math.Log)] = SqlFunctionKind.Ln,
        [nameof(Math.Log10)] = SqlFunctionKind.Log10,
        [nameof(Math.Exp)] = SqlFunctionKind.Exp,
    };

    private SqlExpr TranslateMathCall(MethodCallExpression call, Scope scope)
    {
        var args = call.Arguments.Select(a => a.Type == typeof(MidpointRounding) ? null : TranslateScalar(a, scope)).ToList();
        var type = SqlType.FromClr(call.Type);
        if (args.Count == 1 && s_unaryMath.TryGetValue(call.Method.Name, out var unary))
        {
            return new SqlFunction(unary, [args[0]!], type);
        }

        switch (call.Method.Name)
        {
            case nameof(Math.Sign):
                // sign() keeps its argument's type in SQL; C# returns an int.
                return new SqlCast(new SqlFunction(SqlFunctionKind.Sign, [args[0]!], args[0]!.Type), type);
            case nameof(Math.Pow):
                return new SqlFunction(SqlFunctionKind.Power, [args[0]!, args[1]!], type);
            case nameof(Math.Round) when call.Arguments[^1].Type == typeof(MidpointRounding)
                && call.Arguments[^1] is ConstantExpression { Value: MidpointRounding.AwayFromZero }:
                // SQL round() is half away from zero in both engines (docs/dialects.md #16).
                return new SqlFunction(SqlFunctionKind.Round, [.. args.Where(a => a is not null).Cast<SqlExpr>()], type);
            case nameof(Math.Round) when call.Arguments[^1] is ConstantExpression { Value: MidpointRounding.ToZero or MidpointRounding.ToNegativeInfinity or MidpointRounding.ToPositiveInfinity } directed:
                {
                    // Directed rounding applies to every value, not only midpoints: to whole numbers it is truncate,
                    // floor or ceiling, which both engines compute exactly. Neither engine rounds a double to digits
                    // in a direction, so that form is refused.
                    if (call.Arguments.Count != 2)
                    {
                        throw Fail("Math.Round to digits with MidpointRounding." + directed.Value + " (round to a whole number, or use MidpointRounding.AwayFromZero)", call);
                    }

                    var kind = (MidpointRounding)directed.Value! switch
                    {
                        MidpointRounding.ToZero => SqlFunctionKind.Truncate,
                        MidpointRounding.ToNegativeInfinity => SqlFunctionKind.Floor,
                        _ => SqlFunctionKind.Ceiling,
                    };
                    return new SqlFunction(kind, [args[0]!], type);
                }

            case nameof(Math.Round):
                throw Fail("Math.Round with banker's rounding (C#'s default; write Math.Round(x, MidpointRounding.AwayFromZero), which SQL round() computes)", call);
            case nameof(Math.Max) or nameof(Math.Min):
                {
                    // Not greatest()/least(): their NULL handling differs between engines (docs/dialects.md #30).
                    var op = call.Method.Name == nameof(Math.Max) ? SqlBinaryOperator.GreaterThanOrEqual : SqlBinaryOperator.LessThanOrEqual;
                    return new SqlCase([new SqlWhen(new SqlBinary(op, args[0]!, args[1]!, SqlType.Boolean), args[0]!)], args[1]!, type);
                }

            default:
                throw Fail("the method Math." + call.Method.Name, call);
        }
    }

    /// <summary>A regex pattern; DuckDB's RE2 has no lookaround or backreferences (docs/dialects.md #17), so those fail there.</summary>
    private SqlExpr Pattern(Expression argument, Scope scope, Expression call)
    {
        const string construct = "a regular expression with lookaround or a backreference (RE2 has neither)";
        var pattern = TranslateScalar(argument, scope);
        if (!_dialect.RegexIsRe2)
        {
            return pattern;
        }

        switch (pattern)
        {
            case SqlLiteral { Value: string text } when Re2Unsupported().IsMatch(text):
                throw Fail(construct, call);
            case SqlParameter parameter:
                // A captured pattern is a value: the cache is keyed by shape, so the rule runs whenever values are bound.
                _valueChecks.Add(new Caching.ValueCheck(parameter.Slot, v => v is string text && Re2Unsupported().IsMatch(text), construct, call.ToString()));
                break;
        }

        return pattern;
    }

    [GeneratedRegex(@"\(\?<?[=!]|\\[1-9]")]
    private static partial Regex Re2Unsupported();

    private static bool IsCollectionContains(MethodCallExpression call) =>
        call.Method.Name == "Contains" && call.Object is not null && call.Arguments.Count == 1
        && call.Object.Type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(call.Object.Type);
}
