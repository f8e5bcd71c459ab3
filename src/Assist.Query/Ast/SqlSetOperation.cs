namespace Assist.Query.Ast;

/// <summary><c>left UNION/UNION ALL/INTERSECT/EXCEPT right</c>.</summary>
internal sealed record SqlSetOperation(SqlSetOperator Operator, SqlQuery Left, SqlQuery Right) : SqlQuery;
