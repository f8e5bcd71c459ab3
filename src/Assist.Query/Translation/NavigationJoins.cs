using Assist.Query.Ast;

namespace Assist.Query.Translation;

/// <summary>
/// The ON conditions of navigation joins. The translator joins a query's navigations with them, and
/// <see cref="Navigation.NavigationSql"/> renders the data dictionary's joins with them, so the two cannot differ.
/// </summary>
internal static class NavigationJoins
{
    /// <summary>A foreign key, either way: <c>target.column = source.column</c>.</summary>
    public static SqlExpr ForeignKey(SqlExpr targetColumn, SqlExpr sourceColumn) => SqlFactory.Equal(targetColumn, sourceColumn);

    /// <summary>From an xid to its external reference row of one kind: <c>(x.id = source.xid) AND (x.xref_type_id = kind)</c>.</summary>
    public static SqlExpr XrefById(SqlExpr xrefId, SqlExpr sourceXid, SqlExpr xrefType, long typeId) =>
        SqlFactory.And(SqlFactory.Equal(xrefId, sourceXid), SqlFactory.Equal(xrefType, new SqlLiteral(typeId, SqlType.Integer)));

    /// <summary>From an external reference row to the row it names: <c>target.key = x.target_id</c>.</summary>
    public static SqlExpr XrefTarget(SqlExpr targetKey, SqlExpr xrefTarget) => SqlFactory.Equal(targetKey, xrefTarget);

    /// <summary>
    /// From a target row to its external reference for a partner:
    /// <c>(x.target_id = source.key) AND (x.xref_type_id = kind) AND (x.partner_id = partner)</c>.
    /// </summary>
    public static SqlExpr ExternalReference(SqlExpr xrefTarget, SqlExpr sourceKey, SqlExpr xrefType, long typeId, SqlExpr xrefPartner, SqlExpr partner) =>
        SqlFactory.And(
            SqlFactory.And(SqlFactory.Equal(xrefTarget, sourceKey), SqlFactory.Equal(xrefType, new SqlLiteral(typeId, SqlType.Integer))),
            SqlFactory.Equal(xrefPartner, partner));
}
