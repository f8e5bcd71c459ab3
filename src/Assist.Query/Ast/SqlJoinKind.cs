namespace Assist.Query.Ast;

/// <summary>Join kinds.</summary>
internal enum SqlJoinKind
{
    Inner,
    Left,
    Cross,
}
