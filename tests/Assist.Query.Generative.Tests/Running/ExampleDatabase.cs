using Assist.Query.Generative.Lake.GenCore.School;
using Assist.Query.Generative.Tests.Data;
using Assist.Query.Generative.Tests.Lake;
using Assist.TestKit;

namespace Assist.Query.Generative.Tests.Running;

/// <summary>An in-memory DuckDB with the fixture lake's tables, refilled with each example's rows.</summary>
public sealed class ExampleDatabase : IDisposable
{
    public ExampleDatabase() => Database = new DuckDbTestDatabase(FixtureLake.Tables);

    public DuckDbTestDatabase Database { get; }

    public void Load(LakeRows rows)
    {
        foreach (var table in FixtureLake.Tables)
        {
            Database.Execute($"DELETE FROM \"{table.Catalog}\".\"{table.Schema}\".\"{table.Name}\"");
        }

        Database.Insert<SchoolClass>(rows.Classes);
        Database.Insert<Student>(rows.Students);
        Database.Insert<Log>(rows.Logs);
    }

    public void Dispose() => Database.Dispose();
}
