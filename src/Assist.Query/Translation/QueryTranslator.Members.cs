using System.Linq.Expressions;
using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>Members of values: nullable Value/HasValue here; the rest through the registry (string, dates, TimeSpan).</summary>
internal sealed partial class QueryTranslator
{
    private SqlExpr TranslateValueMember(MemberExpression m, Scope scope)
    {
        var owner = m.Expression!;
        var ownerType = Nullable.GetUnderlyingType(owner.Type) ?? owner.Type;
        if (Nullable.GetUnderlyingType(owner.Type) is not null)
        {
            var inner = TranslateScalar(owner, scope);
            return m.Member.Name switch
            {
                "Value" => inner,
                "HasValue" => SqlFactory.IsNotNull(inner),
                _ => throw Fail("the member Nullable." + m.Member.Name, m),
            };
        }

        var value = owner is MemberExpression or ParameterExpression && BindShape(owner, scope) is ScalarShape bound ? bound.Sql : TranslateScalar(owner, scope);
        return s_memberTranslators.TryGetValue(ownerType, out var translate)
            ? translate(this, m, value)
            : throw Fail("the member " + ownerType.Name + "." + m.Member.Name, m);
    }

    private SqlExpr TranslateStringMember(MemberExpression m, SqlExpr value) => m.Member.Name == nameof(string.Length)
        ? new SqlFunction(SqlFunctionKind.Length, [value], SqlType.BigInt)
        : throw Fail("the member String." + m.Member.Name, m);

    private SqlExpr TranslateDateMember(MemberExpression m, SqlExpr value)
    {
        SqlFunctionKind? part = m.Member.Name switch
        {
            "Year" => SqlFunctionKind.Year,
            "Month" => SqlFunctionKind.Month,
            "Day" => SqlFunctionKind.Day,
            "Hour" => SqlFunctionKind.Hour,
            "Minute" => SqlFunctionKind.Minute,
            "Second" => SqlFunctionKind.Second,
            "DayOfWeek" => SqlFunctionKind.DayOfWeek,
            "DayOfYear" => SqlFunctionKind.DayOfYear,
            _ => null,
        };
        if (part is not null)
        {
            return new SqlFunction(part.Value, [value], SqlType.BigInt);
        }

        return m.Member.Name == "Date"
            ? new SqlFunction(SqlFunctionKind.TruncateDate, [value], value.Type, SqlDateUnit.Day)
            : throw Fail("the member " + m.Member.DeclaringType!.Name + "." + m.Member.Name, m);
    }
}
