using LinqToDB.Mapping;

namespace Assist.Bench.Query.Linq2Db;

/// <summary>
/// cas_core.student_data.problem_logs mapped whole, as a scaffolded linq2db model would map it: the 17 columns of our
/// generated <c>ProblemLog</c>. The C# compiler builds a property access in a lambda with
/// <c>Expression.Property(expression, getter)</c>, which searches the declaring type's properties for the getter, so
/// the size of the mapped class is part of every library's cost of building the query.
/// </summary>
[Table(Database = "cas_core", Schema = "student_data", Name = "problem_logs")]
public sealed class L2ProblemLogWhole
{
    [Column("id"), PrimaryKey]
    public long Id { get; set; }

    [Column("assignment_log_id")]
    public long AssignmentLogId { get; set; }

    [Column("problem_id")]
    public long ProblemId { get; set; }

    [Column("path_info")]
    public string? PathInfo { get; set; }

    [Column("start_time")]
    public DateTime StartTime { get; set; }

    [Column("end_time")]
    public DateTime? EndTime { get; set; }

    [Column("first_response_time")]
    public long? FirstResponseTime { get; set; }

    [Column("first_action_type_id")]
    public int? FirstActionTypeId { get; set; }

    [Column("attempt_count")]
    public int AttemptCount { get; set; }

    [Column("hint_count")]
    public int HintCount { get; set; }

    [Column("bottom_hint")]
    public bool? BottomHint { get; set; }

    [Column("discrete_score")]
    public int? DiscreteScore { get; set; }

    [Column("continuous_score")]
    public double? ContinuousScore { get; set; }

    [Column("answer_text")]
    public string? AnswerText { get; set; }

    [Column("teacher_comment")]
    public string? TeacherComment { get; set; }

    [Column("created_at")]
    public DateTime? CreatedAt { get; set; }

    [Column("updated_at")]
    public DateTime? UpdatedAt { get; set; }
}
