using Assist.Query.Metadata;

namespace Assist.TestKit.Tests.DuckDb;

public enum SampleKind
{
    Original = 1,
    Scaffold = 2,
}

/// <summary>A hand-written entity in the generator's shape, covering every column type the schema uses and more.</summary>
public sealed class SampleLog : IEntity<SampleLog>
{
    public long Id { get; init; }
    public long UserXid { get; init; }
    public DateTime Timestamp { get; init; }
    public int HintCount { get; init; }
    public double? Score { get; init; }
    public SampleKind? Kind { get; init; }
    public bool BottomHint { get; init; }
    public DateOnly Day { get; init; }
    public DateTimeOffset? LoggedAt { get; init; }
    public decimal Amount { get; init; }
    public float Ratio { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public string? AnswerText { get; init; }

    public static TableMetadata Table { get; } = new(
        "cas_core",
        "student_data",
        "sample_logs",
        typeof(SampleLog),
        [
            Column("id", nameof(Id), "bigint", typeof(long), nullable: false),
            Column("user_xid", nameof(UserXid), "bigint", typeof(long), nullable: false),
            Column("timestamp", nameof(Timestamp), "timestamp(6)", typeof(DateTime), nullable: false),
            Column("hint_count", nameof(HintCount), "integer", typeof(int), nullable: false),
            Column("score", nameof(Score), "double", typeof(double?), nullable: true),
            Column("kind", nameof(Kind), "integer", typeof(SampleKind?), nullable: true),
            Column("bottom_hint", nameof(BottomHint), "boolean", typeof(bool), nullable: false),
            Column("day", nameof(Day), "date", typeof(DateOnly), nullable: false),
            Column("logged_at", nameof(LoggedAt), "timestamp(6) with time zone", typeof(DateTimeOffset?), nullable: true),
            Column("amount", nameof(Amount), "decimal(10,2)", typeof(decimal), nullable: false),
            Column("ratio", nameof(Ratio), "real", typeof(float), nullable: false),
            Column("tags", nameof(Tags), "array(varchar)", typeof(IReadOnlyList<string>), nullable: true),
            Column("answer_text", nameof(AnswerText), "varchar", typeof(string), nullable: true),
        ],
        ["id"],
        "Hand-written test table.");

    private static ColumnMetadata Column(string sqlName, string property, string sqlType, Type clrType, bool nullable)
        => new(sqlName, property, LakeType(sqlType), clrType, nullable, IsPii: false, Description: null);

    // The generator emits structured types; a hand-written test table spells them as the YAML would.
    private static Assist.Schema.Model.SqlType LakeType(string text) =>
        Assist.Schema.SqlTypeParser.TryParse(text, out var type, out var error) ? type! : throw new ArgumentException(text + ": " + error);
}
