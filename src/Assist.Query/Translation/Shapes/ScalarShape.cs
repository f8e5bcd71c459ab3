using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>A single SQL value.</summary>
internal sealed class ScalarShape : Shape
{
    public ScalarShape(SqlExpr sql, Type clrType) : base(clrType) => Sql = sql;

    public SqlExpr Sql { get; }
}
