using LinqToDB.Mapping;

namespace Assist.Bench.Query.Linq2Db;

/// <summary>cas_core.student_data.assignment_logs mapped whole (the 8 columns of our generated <c>AssignmentLog</c>).</summary>
[Table(Database = "cas_core", Schema = "student_data", Name = "assignment_logs")]
public sealed class L2AssignmentLogWhole
{
    [Column("id"), PrimaryKey]
    public long Id { get; set; }

    [Column("user_xid")]
    public long UserXid { get; set; }

    [Column("assignment_xid")]
    public long AssignmentXid { get; set; }

    [Column("start_time")]
    public DateTime StartTime { get; set; }

    [Column("end_time")]
    public DateTime? EndTime { get; set; }

    [Column("continuous_score")]
    public double? ContinuousScore { get; set; }

    [Column("created_at")]
    public DateTime? CreatedAt { get; set; }

    [Column("updated_at")]
    public DateTime? UpdatedAt { get; set; }
}
