namespace Assist.Cli.Output;

/// <summary>
/// A hidden temporary folder next to an output folder, renamed onto it by <see cref="Commit"/>: a run that fails or
/// is cancelled never leaves a half-written folder that looks whole. Disposing without committing deletes it.
/// </summary>
internal sealed class StagedDirectory : IDisposable
{
    private bool _committed;

    /// <summary>Creates <c>.&lt;name&gt;.tmp-XXXXXXXX</c> beside <paramref name="target"/>.</summary>
    /// <exception cref="IOException">The target is the root of a file system.</exception>
    public StagedDirectory(string target)
    {
        Target = System.IO.Path.GetFullPath(target);
        var parent = System.IO.Path.GetDirectoryName(Target)
            ?? throw new IOException($"{Target}: cannot write at the root of a file system.");
        Directory.CreateDirectory(parent);
        Path = System.IO.Path.Combine(parent, "." + System.IO.Path.GetFileName(Target) + ".tmp-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder to write into.</summary>
    public string Path { get; }

    /// <summary>The folder the staged one becomes.</summary>
    public string Target { get; }

    /// <summary>Replaces the target (if any) with the staged folder.</summary>
    public void Commit()
    {
        if (Directory.Exists(Target))
        {
            Directory.Delete(Target, recursive: true);
        }

        Directory.Move(Path, Target);
        _committed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
