using LinqToDB.Mapping;

namespace Assist.Bench.Query.Linq2Db;

/// <summary>Hand-written linq2db mapping of cas_core.student_data.problem_logs (only the columns the query reads).</summary>
[Table(Database = "cas_core", Schema = "student_data", Name = "problem_logs")]
public sealed class L2ProblemLog
{
    [Column("id"), PrimaryKey]
    public long Id { get; set; }

    [Column("assignment_log_id")]
    public long AssignmentLogId { get; set; }

    [Column("start_time")]
    public DateTime StartTime { get; set; }

    [Column("attempt_count")]
    public int AttemptCount { get; set; }

    [Column("hint_count")]
    public int HintCount { get; set; }

    [Column("bottom_hint")]
    public bool? BottomHint { get; set; }
}
