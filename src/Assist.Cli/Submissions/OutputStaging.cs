using System.Text;

namespace Assist.Cli.Submissions;

/// <summary>
/// Where a verb's files are written before they are complete: a hidden folder next to the output folder. Commit
/// moves each file into place; a failure before that leaves the output folder untouched and the staging folder gone.
/// </summary>
internal sealed class OutputStaging : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly string? _createdParent;

    private OutputStaging(string target, string folder, string? createdParent)
    {
        _target = target;
        Folder = folder;
        _createdParent = createdParent;
    }

    /// <summary>The staging folder.</summary>
    public string Folder { get; }

    /// <summary>Creates the staging folder for <paramref name="target"/> (a full path).</summary>
    public static OutputStaging Create(string target)
    {
        var parent = Path.GetDirectoryName(target) ?? target;
        var createdParent = TopmostMissing(parent);
        Directory.CreateDirectory(parent);
        var folder = Path.Combine(parent, "." + Path.GetFileName(target) + ".assist-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return new OutputStaging(target, folder, createdParent);
    }

    /// <summary>Writes a text file (UTF-8, no BOM) into the staging folder.</summary>
    public Task WriteAsync(string name, string text, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(Folder, name), text, s_utf8, cancellationToken);

    /// <summary>Moves every staged file into the output folder (each move replaces the file of the same name).</summary>
    public IReadOnlyList<string> Commit()
    {
        Directory.CreateDirectory(_target);
        var names = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            File.Move(file, Path.Combine(_target, name), overwrite: true);
            names.Add(name);
        }

        return names;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        // The staging folder is made before the submission is compiled; a failure leaves no empty folders behind.
        if (_createdParent is not null && Directory.Exists(_createdParent)
            && !Directory.EnumerateFiles(_createdParent, "*", SearchOption.AllDirectories).Any())
        {
            Directory.Delete(_createdParent, recursive: true);
        }
    }

    private static string? TopmostMissing(string folder)
    {
        string? missing = null;
        for (var current = folder; !string.IsNullOrEmpty(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current))
        {
            missing = current;
        }

        return missing;
    }
}
