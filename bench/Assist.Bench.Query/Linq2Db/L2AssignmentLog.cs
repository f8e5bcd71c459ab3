using LinqToDB.Mapping;

namespace Assist.Bench.Query.Linq2Db;

/// <summary>Hand-written linq2db mapping of cas_core.student_data.assignment_logs.</summary>
[Table(Database = "cas_core", Schema = "student_data", Name = "assignment_logs")]
public sealed class L2AssignmentLog
{
    [Column("id"), PrimaryKey]
    public long Id { get; set; }

    [Column("user_xid")]
    public long UserXid { get; set; }
}
