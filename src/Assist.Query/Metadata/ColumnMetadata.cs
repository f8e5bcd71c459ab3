using LakeType = Assist.Schema.Model.SqlType;

namespace Assist.Query.Metadata;

/// <summary>A lake column as the query layer sees it. Emitted by the source generator; never built by reflection.</summary>
/// <param name="SqlName">The column's name in the lake (unquoted), e.g. <c>timestamp</c>.</param>
/// <param name="PropertyName">The C# property, e.g. <c>Timestamp</c>.</param>
/// <param name="Type">The column's lake type, structured (kind, precision, scale, element types), e.g. <c>decimal(10,2)</c>:
/// the query AST types the column from it and the local lake compares Parquet files with it, so nothing parses type text at run time.</param>
/// <param name="ClrType">The property's type, nullable where the column is (<c>int?</c>, an enum, <c>string</c>).</param>
/// <param name="IsNullable">Whether the column may hold NULL.</param>
/// <param name="IsPii">Personal data: a query that reads it reports it.</param>
/// <param name="Description">The YAML description.</param>
public sealed record ColumnMetadata(
    string SqlName,
    string PropertyName,
    LakeType Type,
    Type ClrType,
    bool IsNullable,
    bool IsPii,
    string? Description)
{
    /// <summary>The Athena DML spelling of <see cref="Type"/>, e.g. <c>timestamp(6)</c>.</summary>
    public string SqlType => Type.ToString();
}
