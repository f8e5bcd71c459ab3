using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Assist.Cli.Submissions.Compiling;

/// <summary>
/// Checks a submission against <see cref="ApiPolicy"/> on what the semantic model binds, never on text: every name
/// (types, members, constructors, attributes, <c>var</c>), the type of every expression (so <c>typeof(x)</c> or a value
/// obtained indirectly is judged too), and the constructs with no symbol: <c>unsafe</c>, pointers, <c>extern</c>.
/// Lambdas inside queries, static constructors and local functions are ordinary code here and are checked alike.
/// </summary>
internal sealed class AllowlistWalker : CSharpSyntaxWalker
{
    private readonly SemanticModel _model;
    private readonly IAssemblySymbol _submission;
    private readonly string _file;
    private readonly Dictionary<(int Line, string Code), SubmissionDiagnostic> _found = [];

    private AllowlistWalker(SemanticModel model, string file)
    {
        _model = model;
        _submission = model.Compilation.Assembly;
        _file = file;
    }

    /// <summary>Every refusal in the tree, at most one per line and code, in source order.</summary>
    public static IReadOnlyList<SubmissionDiagnostic> Check(SemanticModel model, string file)
    {
        var walker = new AllowlistWalker(model, file);
        walker.Visit(model.SyntaxTree.GetRoot());
        return [.. walker._found.Values.OrderBy(d => d.Line).ThenBy(d => d.Column)];
    }

    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        // `var` stands for its initializer's type, which is judged where it is written (so the column points there).
        if (!node.IsVar)
        {
            JudgeSymbol(node, node.Identifier.ValueText);
        }

        base.VisitIdentifierName(node);
    }

    public override void VisitGenericName(GenericNameSyntax node)
    {
        JudgeSymbol(node, node.Identifier.ValueText);
        base.VisitGenericName(node);
    }

    public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        JudgeSymbol(node, node.Type.ToString());
        base.VisitObjectCreationExpression(node);
    }

    public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        JudgeSymbol(node, "new()");
        base.VisitImplicitObjectCreationExpression(node);
    }

    public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        JudgeSymbol(node, "indexer");
        base.VisitElementAccessExpression(node);
    }

    public override void Visit(SyntaxNode? node)
    {
        var unsafeConstruct = node switch
        {
            PointerTypeSyntax => "a pointer type",
            FunctionPointerTypeSyntax => "a function pointer",
            UnsafeStatementSyntax => "an unsafe block",
            FixedStatementSyntax => "fixed",
            _ => null,
        };
        if (unsafeConstruct is not null)
        {
            Report(node!, unsafeConstruct, ApiVerdict.Unsafe);
        }

        if (node is MemberDeclarationSyntax or LocalFunctionStatementSyntax)
        {
            var modifiers = node switch
            {
                MemberDeclarationSyntax member => member.Modifiers,
                LocalFunctionStatementSyntax local => local.Modifiers,
                _ => default,
            };
            foreach (var modifier in modifiers)
            {
                if (modifier.IsKind(SyntaxKind.UnsafeKeyword))
                {
                    Report(modifier, "the unsafe modifier", ApiVerdict.Unsafe);
                }
                else if (modifier.IsKind(SyntaxKind.ExternKeyword))
                {
                    Report(modifier, "an extern method", ApiVerdict.PInvoke);
                }
            }
        }

        // A name that binds to a type or namespace is judged as a symbol; its "type" is not a value.
        if (node is ExpressionSyntax expression && _model.GetSymbolInfo(expression).Symbol is not (ITypeSymbol or INamespaceSymbol))
        {
            JudgeType(expression);
        }

        base.Visit(node);
    }

    private void JudgeSymbol(SyntaxNode node, string text)
    {
        var info = _model.GetSymbolInfo(node);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is not null && ApiPolicy.Judge(symbol, _submission) is { } verdict)
        {
            Report(node, Describe(symbol, text), verdict);
        }
    }

    private void JudgeType(ExpressionSyntax expression)
    {
        var info = _model.GetTypeInfo(expression);
        foreach (var type in new[] { info.Type, info.ConvertedType })
        {
            if (type is not null && type.TypeKind != TypeKind.Error && ApiPolicy.Judge(type, _submission) is { } verdict)
            {
                Report(expression, "a value of type " + type.ToDisplayString(), verdict);
                return;
            }
        }
    }

    private static string Describe(ISymbol symbol, string text) => symbol switch
    {
        IDynamicTypeSymbol => "dynamic",
        INamedTypeSymbol type => type.ToDisplayString(),
        IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => "new " + ctor.ContainingType.ToDisplayString(),
        { ContainingType: { } owner } => owner.ToDisplayString() + "." + symbol.Name,
        _ => text,
    };

    private void Report(SyntaxNode node, string what, ApiVerdict verdict) => Report(node.GetLocation(), what, verdict);

    private void Report(SyntaxToken token, string what, ApiVerdict verdict) => Report(token.GetLocation(), what, verdict);

    private void Report(Location location, string what, ApiVerdict verdict)
    {
        var span = location.GetLineSpan().StartLinePosition;
        var key = (span.Line + 1, verdict.Code);
        _found.TryAdd(key, new SubmissionDiagnostic(_file, span.Line + 1, span.Character + 1, verdict.Code,
            $"{what} is not allowed in a submission ({verdict.Category})"));
    }
}
