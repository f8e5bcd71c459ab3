using Assist.Query.Metadata;

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
            new ColumnMetadata("id", nameof(Id), "bigint", typeof(long), false, false, null),
            new ColumnMetadata("body", nameof(Body), "varchar", typeof(string), false, false, null),
        ],
        ["id"],
        null);
}
