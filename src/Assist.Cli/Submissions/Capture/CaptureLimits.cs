namespace Assist.Cli.Submissions.Capture;

/// <summary>The limits the capture process runs under.</summary>
/// <param name="Timeout">Wall-clock time before the process is killed (an endless loop).</param>
/// <param name="MemoryBytes">The managed heap limit (DOTNET_GCHeapHardLimit).</param>
internal sealed record CaptureLimits(TimeSpan Timeout, long MemoryBytes)
{
    /// <summary>The default wall-clock limit in seconds.</summary>
    public const int DefaultTimeoutSeconds = 30;

    /// <summary>512 MiB: far more than building queries needs, little enough to stop a runaway allocation.</summary>
    public const long DefaultMemoryBytes = 512L * 1024 * 1024;
}
