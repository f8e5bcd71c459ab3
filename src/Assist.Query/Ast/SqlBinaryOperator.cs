namespace Assist.Query.Ast;

/// <summary>Binary operators. <see cref="Divide"/> is typed: integer operands truncate (docs/dialects.md #1).</summary>
internal enum SqlBinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    And,
    Or,
    Concat,
    IsDistinctFrom,
    IsNotDistinctFrom,
}
