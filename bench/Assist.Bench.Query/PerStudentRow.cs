namespace Assist.Bench.Query;

/// <summary>The per-student measures every variant computes.</summary>
public sealed record PerStudentRow(long Student, long Problems, long Hints, double AvgAttempts, long BottomHints);
