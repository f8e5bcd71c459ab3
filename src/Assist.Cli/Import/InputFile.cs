using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Assist.Cli.Import;

/// <summary>
/// One input file before DuckDB reads it: its header, and for a .gz file an uncompressed copy with proof that the gzip
/// stream is complete. DuckDB reads a truncated gzip file as if it ended early, so the importer decompresses it itself
/// and compares the length with the size recorded in the gzip trailer; a mismatch is reported at the line and column
/// where the data stops.
/// </summary>
internal sealed class InputFile
{
    private InputFile(string path, string displayName, bool gzip, string headerLine)
    {
        Path = path;
        DisplayName = displayName;
        IsGzip = gzip;
        HeaderLine = headerLine;
    }

    /// <summary>The full path.</summary>
    public string Path { get; }

    /// <summary>The file as the user named it, for messages.</summary>
    public string DisplayName { get; }

    /// <summary>Whether the file is gzip-compressed (by its magic bytes, not its name).</summary>
    public bool IsGzip { get; }

    /// <summary>The first line, without its line break.</summary>
    public string HeaderLine { get; }

    /// <summary>Reads the header (see <see cref="Readable"/> for the rest of the file).</summary>
    /// <exception cref="ImportException">The file is empty.</exception>
    public static InputFile Inspect(string path, string displayName)
    {
        var gzip = HasGzipMagic(path);
        using var stream = Open(path, gzip);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine();
        if (string.IsNullOrEmpty(header))
        {
            throw new ImportException([new ImportDiagnostic(displayName, 1, 1, "the file is empty; expected a header line naming the columns.")]);
        }

        return new InputFile(path, displayName, gzip, header.TrimEnd('\r'));
    }

    /// <summary>
    /// The file DuckDB should read: a gzip file decompressed into <paramref name="path"/> (proving on the way that it is
    /// whole), a plain file itself. DuckDB decompresses gzip on one thread before its parallel parser and reads a cut
    /// file as a shorter one; decompressing here once, with .NET's zlib-ng, lets it parse an uncompressed file on
    /// every core and spares a second decompression for the completeness check.
    /// </summary>
    /// <returns>The path to read and whether it is the decompressed copy (the caller deletes it).</returns>
    /// <exception cref="ImportException">The gzip data is corrupt or truncated, at the line and column where it stops.</exception>
    public (string Path, bool Decompressed) Readable(string path)
    {
        if (!IsGzip)
        {
            return (Path, false);
        }

        Decompress(Path, DisplayName, path);
        return (path, true);
    }

    /// <summary>Line <paramref name="number"/> (1-based) of the file, or "" when the file is shorter.</summary>
    public string ReadLine(long number)
    {
        using var stream = Open(Path, IsGzip);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        for (long i = 1; ; i++)
        {
            var line = reader.ReadLine();
            if (line is null)
            {
                return "";
            }

            if (i == number)
            {
                return line.TrimEnd('\r');
            }
        }
    }

    private static Stream Open(string path, bool gzip)
    {
        var file = File.OpenRead(path);
        return gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static bool HasGzipMagic(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        return file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private static void Decompress(string path, string displayName, string target)
    {
        uint recordedSize;
        using (var file = File.OpenRead(path))
        {
            Span<byte> trailer = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            recordedSize = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        }

        long total = 0, lines = 0, sinceNewline = 0;
        var buffer = new byte[1 << 16];
        try
        {
            using var stream = Open(path, gzip: true);
            using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                var span = buffer.AsSpan(0, read);
                output.Write(span);
                total += read;
                var newlines = span.Count((byte)'\n');
                if (newlines > 0)
                {
                    lines += newlines;
                    sinceNewline = read - 1 - span.LastIndexOf((byte)'\n');
                }
                else
                {
                    sinceNewline += read;
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new ImportException([new ImportDiagnostic(displayName, lines + 1, sinceNewline + 1, $"the gzip data is corrupt here ({e.Message}); nothing was imported.")]);
        }

        // The trailer holds the uncompressed size modulo 2^32 (RFC 1952); a file cut short ends in compressed data instead.
        if ((uint)total != recordedSize)
        {
            throw new ImportException([new ImportDiagnostic(displayName, lines + 1, sinceNewline + 1,
                "the gzip file is truncated: its data stops here, before the end the gzip trailer records; download or copy it again.")]);
        }
    }
}
