using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Assist.Query.Generative.Tests.Generation;

namespace Assist.Query.Generative.Tests.Printing;

/// <summary>
/// Prints a generated query as C# a researcher could paste: the captured locals' declarations, then the method chain
/// with its lambdas. Every binary operation is parenthesised, so the text shows exactly the tree that was generated.
/// </summary>
public static class CSharpPrinter
{
    public static string Print(GeneratedQuery query)
    {
        var text = new StringBuilder();
        foreach (var captured in query.Captures)
        {
            text.Append(TypeName(captured.ValueType)).Append(' ').Append(captured.Name).Append(" = ").Append(Literal(captured.BoxedValue, captured.ValueType)).Append(";\n");
        }

        text.Append(query.Root.Name).Append('s');
        foreach (var step in query.Steps)
        {
            text.Append("\n    .").Append(step.Operator).Append('(');
            if (step.Lambda is not null)
            {
                text.Append(Expr(step.Lambda));
            }
            else if (step.Operator is "Skip" or "Take")
            {
                text.Append(step.Count.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(')');
        }

        return text.Append(';').ToString();
    }

    public static string Expr(Expression e) => e switch
    {
        LambdaExpression l => string.Join(", ", l.Parameters.Select(p => p.Name)) + " => " + Expr(l.Body),
        ParameterExpression p => p.Name ?? "_",
        ConstantExpression c => Literal(c.Value, c.Type),
        MemberExpression { Expression: ConstantExpression { Value: ICaptured captured } } => captured.Name,
        MemberExpression m => (m.Expression is null ? TypeName(m.Member.DeclaringType!) : Expr(m.Expression)) + "." + m.Member.Name,
        BinaryExpression { NodeType: ExpressionType.Coalesce } b => "(" + Expr(b.Left) + " ?? " + Expr(b.Right) + ")",
        BinaryExpression b => "(" + Expr(b.Left) + " " + Operator(b.NodeType) + " " + Expr(b.Right) + ")",
        UnaryExpression { NodeType: ExpressionType.Not } u => "!" + Expr(u.Operand),
        UnaryExpression { NodeType: ExpressionType.Negate } u => Negated(Expr(u.Operand)),
        UnaryExpression { NodeType: ExpressionType.Convert } u when u.Type == typeof(object) => Expr(u.Operand),
        UnaryExpression { NodeType: ExpressionType.Convert } u => "(" + TypeName(u.Type) + ")" + Expr(u.Operand),
        ConditionalExpression c => "(" + Expr(c.Test) + " ? " + Expr(c.IfTrue) + " : " + Expr(c.IfFalse) + ")",
        NewExpression n => "new { " + string.Join(", ", n.Arguments.Select((a, i) => (n.Members?[i].Name ?? "_") + " = " + Expr(a))) + " }",
        MethodCallExpression call => Call(call),
        _ => e.ToString(),
    };

    // "--x" would be a decrement in C# (and a comment in SQL): a negated negative is written -(-x).
    private static string Negated(string operand) => operand.StartsWith('-') ? "-(" + operand + ")" : "-" + operand;

    private static string Call(MethodCallExpression call)
    {
        if (call.Method.Name == "op_Implicit")
        {
            // The array-to-span conversion C# 14 inserts for array.Contains is implicit in source.
            return Expr(call.Arguments[0]);
        }

        var arguments = call.Arguments.Select(Expr).ToList();
        if (call.Object is not null)
        {
            return Expr(call.Object) + "." + call.Method.Name + "(" + string.Join(", ", arguments) + ")";
        }

        if (call.Method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), false))
        {
            return arguments[0] + "." + call.Method.Name + "(" + string.Join(", ", arguments.Skip(1)) + ")";
        }

        return TypeName(call.Method.DeclaringType!) + "." + call.Method.Name + "(" + string.Join(", ", arguments) + ")";
    }

    private static string Operator(ExpressionType type) => type switch
    {
        ExpressionType.Add => "+",
        ExpressionType.Subtract => "-",
        ExpressionType.Multiply => "*",
        ExpressionType.Divide => "/",
        ExpressionType.Modulo => "%",
        ExpressionType.Equal => "==",
        ExpressionType.NotEqual => "!=",
        ExpressionType.LessThan => "<",
        ExpressionType.LessThanOrEqual => "<=",
        ExpressionType.GreaterThan => ">",
        ExpressionType.GreaterThanOrEqual => ">=",
        ExpressionType.AndAlso => "&&",
        ExpressionType.OrElse => "||",
        _ => type.ToString(),
    };

    public static string Literal(object? value, Type type) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + (d % 1 == 0 ? ".0" : string.Empty),
        DateTime t => "new DateTime(" + t.ToString("yyyy, M, d, H, m, s", CultureInfo.InvariantCulture) + ")",
        DateOnly day => "new DateOnly(" + day.ToString("yyyy, M, d", CultureInfo.InvariantCulture) + ")",
        Enum en => en.GetType().Name + "." + en,
        System.Collections.IEnumerable list => "new " + TypeName(type.GetElementType() ?? typeof(object)) + "[] { "
            + string.Join(", ", list.Cast<object?>().Select(v => Literal(v, type.GetElementType() ?? typeof(object)))) + " }",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    public static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        return type switch
        {
            _ when type == typeof(int) => "int",
            _ when type == typeof(long) => "long",
            _ when type == typeof(double) => "double",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(string) => "string",
            _ when type == typeof(object) => "object",
            _ when type.IsGenericType => type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">",
            _ => type.Name,
        };
    }
}
