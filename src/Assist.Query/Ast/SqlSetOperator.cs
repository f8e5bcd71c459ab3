namespace Assist.Query.Ast;

/// <summary>Set operators: Union (distinct), UnionAll (Concat), Intersect, Except.</summary>
internal enum SqlSetOperator
{
    Union,
    UnionAll,
    Intersect,
    Except,
}
