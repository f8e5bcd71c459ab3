using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>
/// The registry of method and member translators, one per CLR type (as EF Core's providers register theirs): adding a
/// function is a translator method and one line here. A type without an entry is refused with its name. Sequences
/// (Enumerable, captured collections, queries) and navigations are not values and are routed before the registry.
/// </summary>
internal sealed partial class QueryTranslator
{
    private static readonly Dictionary<Type, Func<QueryTranslator, MethodCallExpression, Scope, SqlExpr>> s_methodTranslators = new()
    {
        [typeof(string)] = static (t, call, scope) => t.TranslateStringCall(call, scope),
        [typeof(Math)] = static (t, call, scope) => t.TranslateMathCall(call, scope),
        [typeof(DateTime)] = static (t, call, scope) => t.TranslateDateCall(call, scope),
        [typeof(DateOnly)] = static (t, call, scope) => t.TranslateDateCall(call, scope),
        [typeof(Regex)] = static (t, call, scope) => t.TranslateRegexCall(call, scope),
        [typeof(Sql)] = static (t, call, scope) => t.TranslateSqlCall(call, scope),
        [typeof(Window)] = static (t, call, scope) => t.TranslateWindow(call, scope),
    };

    private static readonly Dictionary<Type, Func<QueryTranslator, MemberExpression, SqlExpr, SqlExpr>> s_memberTranslators = new()
    {
        [typeof(string)] = static (t, m, value) => t.TranslateStringMember(m, value),
        [typeof(DateTime)] = static (t, m, value) => t.TranslateDateMember(m, value),
        [typeof(DateOnly)] = static (t, m, value) => t.TranslateDateMember(m, value),
        [typeof(TimeSpan)] = static (t, m, value) => t.TranslateDurationMember(m, value),
    };
}
