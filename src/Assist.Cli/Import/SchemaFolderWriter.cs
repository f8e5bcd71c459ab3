using Assist.Schema.Drift.Import;

namespace Assist.Cli.Import;

/// <summary>
/// Writes an import's files all or nothing as far as a file system allows: every file goes to a temporary name first,
/// and only when all are written are they renamed over the originals, so a failure leaves no half-written schema.
/// </summary>
internal static class SchemaFolderWriter
{
    /// <summary>Writes <paramref name="writes"/>; on failure removes the temporary files and rethrows.</summary>
    public static void WriteAll(IReadOnlyList<FileWrite> writes)
    {
        var temporary = new List<(string Temp, string Target)>();
        try
        {
            foreach (var write in writes)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(write.Path)!);
                var temp = write.Path + ".assist-import.tmp";
                File.WriteAllText(temp, write.Text);
                temporary.Add((temp, write.Path));
            }

            foreach (var (temp, target) in temporary)
            {
                File.Move(temp, target, overwrite: true);
            }
        }
        catch
        {
            foreach (var (temp, _) in temporary.Where(t => File.Exists(t.Temp)))
            {
                File.Delete(temp);
            }

            throw;
        }
    }
}
