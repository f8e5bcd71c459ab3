using Assist.Query.Tests.Model;
using Assist.TestKit;

namespace Assist.Query.Tests.Execution.Differential;

/// <summary>One DuckDB database with the lake's catalogs and the seed rows, shared by the differential tests.</summary>
public sealed class DifferentialFixture : IDisposable
{
    public DifferentialFixture()
    {
        Database = new DuckDbTestDatabase(TestLake.All);
        Database.Insert(SeedData.Users);
        Database.Insert(SeedData.Groups);
        Database.Insert(SeedData.Memberships);
        Database.Insert(SeedData.Assignments);
        Database.Insert(SeedData.ExternalReferences);
        Database.Insert(SeedData.TeacherSettings);
        Database.Insert(SeedData.AssignmentLogs);
        Database.Insert(SeedData.Problems);
        Database.Insert(SeedData.ProblemLogs);
        Database.Insert(SeedData.Actions);
    }

    public DuckDbTestDatabase Database { get; }

    public void Dispose() => Database.Dispose();
}
