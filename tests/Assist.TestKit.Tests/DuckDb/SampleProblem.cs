using Assist.Query.Metadata;
using Assist.Schema.Model;

namespace Assist.TestKit.Tests.DuckDb;

/// <summary>A second hand-written entity in another catalog, to prove several catalogs are attached.</summary>
public sealed record SampleProblem(long Id, string Body) : IEntity<SampleProblem>
{
    public static TableMetadata Table { get; } = new(
        "cas_content",
        "core",
        "problems",
        typeof(SampleProblem),
        [
            new ColumnMetadata("id", nameof(Id), SqlType.Simple(SqlTypeKind.Bigint), typeof(long), false, false, null),
            new ColumnMetadata("body", nameof(Body), SqlType.Simple(SqlTypeKind.Varchar), typeof(string), false, false, null),
        ],
        ["id"],
        null);
}
