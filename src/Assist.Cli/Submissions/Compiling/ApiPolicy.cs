using Microsoft.CodeAnalysis;

namespace Assist.Cli.Submissions.Compiling;

/// <summary>
/// The allowlist a submission binds to, judged on symbols: the generated lake, Assist.Query's query API,
/// <c>Assist.Submissions.Submission</c> (with its SubmissionOutput and PlotKind), LINQ, primitive types, string, dates and times, Math, Regex and value
/// collections. Everything else is refused, with a specific code for the known escape routes.
/// </summary>
internal static class ApiPolicy
{
    private static readonly HashSet<string> s_systemTypes = new(StringComparer.Ordinal)
    {
        "Object", "Boolean", "Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Int128", "UInt128",
        "Char", "Decimal", "Double", "Single", "Half", "String", "DateTime", "DateOnly", "TimeOnly", "TimeSpan",
        "DateTimeOffset", "DateTimeKind", "DayOfWeek", "Math", "MathF", "MidpointRounding", "Guid", "Nullable",
        "ValueTuple", "Tuple", "Index", "Range", "StringComparison", "StringComparer", "StringSplitOptions", "IComparable",
        "IEquatable", "IFormattable", "IFormatProvider", "Func", "Action", "Predicate", "Comparison", "Array", "Enum",
        "ValueType", "FormattableString", "Span", "ReadOnlySpan", "Memory", "ReadOnlyMemory", "Convert", "Void",
    };

    private static readonly string[] s_allowedNamespaces =
    [
        "System.Collections", "System.Collections.Generic", "System.Collections.Immutable", "System.Collections.ObjectModel",
        "System.Linq", "System.Text.RegularExpressions", "System.Numerics", "System.Globalization",
    ];

    private static readonly HashSet<string> s_compilerServices = new(StringComparer.Ordinal)
    {
        "DefaultInterpolatedStringHandler", "IsExternalInit", "FormattableStringFactory", "TupleElementNamesAttribute",
        "CallerLineNumberAttribute", "CallerFilePathAttribute", "CallerMemberNameAttribute", "CallerArgumentExpressionAttribute",
    };

    /// <summary>Null when the submission may use <paramref name="symbol"/>; otherwise why not.</summary>
    public static ApiVerdict? Judge(ISymbol symbol, IAssemblySymbol submission)
    {
        switch (symbol)
        {
            case IDynamicTypeSymbol:
                return ApiVerdict.Dynamic;
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return ApiVerdict.Unsafe;
            case IArrayTypeSymbol array:
                return Judge(array.ElementType, submission);
            case INamespaceSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol
                or IDiscardSymbol or ITypeParameterSymbol or IPreprocessingSymbol or IAliasSymbol:
                return null;
        }

        symbol = symbol.OriginalDefinition;
        if (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction }
            || SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, submission))
        {
            return null;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null || type.IsAnonymousType || type.IsTupleType)
        {
            return null;
        }

        if (type.SpecialType == SpecialType.System_Object && symbol is not INamedTypeSymbol)
        {
            // Every value has ToString/Equals/GetHashCode; GetType() is the way into reflection.
            return symbol.Name == nameof(GetType) ? ApiVerdict.Reflection : null;
        }

        if (Namespace(type) == "System.Linq.Expressions")
        {
            // A lambda passed to a query operator is an Expression<TDelegate>: the type is how queries work, but
            // nothing may be done with the tree itself, least of all compiling it into code that runs here.
            return symbol is IMethodSymbol { Name: "Compile" or "CompileToMethod" } ? ApiVerdict.CompileExpression
                : symbol is INamedTypeSymbol { Name: "Expression", Arity: 1 } ? null
                : ApiVerdict.NotAllowlisted;
        }

        return JudgeType(Outermost(type));
    }

    // Types of Assist.Query whose members run a query or open a lake: refused in a submission, whose outputs are only declared.
    private static readonly HashSet<string> s_runningTypes = new(StringComparer.Ordinal)
    {
        "LocalLake", "LocalLakeQueryExtensions", "LocalLakeTerminalOperators", "LocalLakeExport",
        "DuckDbQueryExtensions", "DuckDbTerminalOperators", "CompiledQuery",
    };

    private static ApiVerdict? JudgeType(INamedTypeSymbol type)
    {
        var ns = Namespace(type);
        var name = type.Name;
        if (ns == "Assist.Lake" || ns.StartsWith("Assist.Lake.", StringComparison.Ordinal))
        {
            return null;
        }

        if (ns.StartsWith("Assist.Query", StringComparison.Ordinal))
        {
            return ns == "Assist.Query.Local" || s_runningTypes.Contains(name) ? ApiVerdict.Terminal
                : ns == "Assist.Query" ? null
                : ApiVerdict.NotAllowlisted;
        }

        if (ns == "Assist.Submissions")
        {
            return name is "Submission" or "SubmissionOutput" or "PlotKind" ? null : ApiVerdict.NotAllowlisted;
        }

        return ns switch
        {
            "System" when s_systemTypes.Contains(name) || IsException(type) => null,
            "System" when name == "Environment" => ApiVerdict.Environment,
            "System" when name is "Type" or "Activator" or "AppDomain" => ApiVerdict.Reflection,
            "System.Runtime.CompilerServices" when s_compilerServices.Contains(name) => null,
            "System.Text" when name == "StringBuilder" => null,
            _ when s_allowedNamespaces.Contains(ns) => null,
            _ when Under(ns, "System.IO") => ApiVerdict.Files,
            _ when Under(ns, "System.Net") => ApiVerdict.Network,
            "System.Diagnostics" when name.StartsWith("Process", StringComparison.Ordinal) => ApiVerdict.Processes,
            _ when Under(ns, "System.Reflection") || Under(ns, "System.Runtime.Loader") || name == "RuntimeHelpers" => ApiVerdict.Reflection,
            _ when Under(ns, "System.Threading") => ApiVerdict.Threads,
            _ when Under(ns, "System.Runtime.InteropServices") => ApiVerdict.PInvoke,
            _ => ApiVerdict.NotAllowlisted,
        };
    }

    private static bool Under(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static bool IsException(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name == "Exception" && Namespace(t) == "System")
            {
                return true;
            }
        }

        return false;
    }

    private static INamedTypeSymbol Outermost(INamedTypeSymbol type)
    {
        while (type.ContainingType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string Namespace(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "";
}
