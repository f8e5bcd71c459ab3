namespace Assist.Submissions;

/// <summary>
/// Whether the code running on this logical flow is a submission being captured: its queries may be built and
/// translated, never executed. Flows with async calls, so a capture never affects other work in the process.
/// </summary>
internal static class CaptureMode
{
    private static readonly AsyncLocal<bool> s_active = new();

    public static bool IsActive
    {
        get => s_active.Value;
        set => s_active.Value = value;
    }

    /// <summary>Throws when a query is about to run inside a capture.</summary>
    /// <exception cref="InvalidOperationException">Capture mode is on.</exception>
    public static void ThrowIfActive(string what)
    {
        if (IsActive)
        {
            throw new InvalidOperationException(
                $"{what} is not allowed in capture mode: a submission only declares its outputs with Submission.Output, and assist sql or assist run runs them. Remove the call that runs the query (ToListAsync, FirstAsync, ExportAsync ...).");
        }
    }
}
