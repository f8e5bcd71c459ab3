namespace Assist.Cli.Tests.Submissions;

/// <summary>A clock that always says the same time, so review reports can be compared with golden files.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock Review { get; } = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
