namespace Assist.Query.Ast;

/// <summary>Unary operators.</summary>
internal enum SqlUnaryOperator
{
    Not,
    Negate,
    IsNull,
    IsNotNull,
}
