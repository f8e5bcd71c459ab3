using System.IO.Compression;
using System.Text;
using Assist.Cli.Commands;
using Assist.Lake.Tests.Support;
using Assist.TestKit;

namespace Assist.Lake.Tests.Import;

/// <summary>A malformed file is refused with file(line,column), exit code 1, and nothing written (no lake, no temp folder).</summary>
public sealed class MalformedInputTests
{
    private const string Header = "user_id,problem_id,skill,correct,seq_pos";

    private static async Task<string> RefusedAsync(TempFolder folder, string file, string format = "responses")
    {
        var result = await CliRunner.Run(new ImportCommand(), folder.Path, format, file, "--out", "lake", "--schema", RepoPaths.SchemaDirectory);
        Assert.Equal(ExitCodes.InputErrors, result.Code);
        Assert.Contains("nothing was written", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("lake")), "a refused import must not leave a lake");
        Assert.DoesNotContain(Directory.EnumerateDirectories(folder.Path), d => Path.GetFileName(d).StartsWith(".lake", StringComparison.Ordinal));
        return result.Error;
    }

    [Fact]
    public async Task An_unknown_header_column_is_named_at_line_1_and_its_column()
    {
        using var folder = new TempFolder();
        folder.Write("bad.csv", "user_id,problem_id,skil,correct,seq_pos\n1,10,add,1,0\n");
        var error = await RefusedAsync(folder, "bad.csv");
        Assert.Contains("bad.csv(1,20): error: unknown column 'skil'", error, StringComparison.Ordinal);
        Assert.Contains("missing column 'skill'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_numeric_correct_is_named_with_its_line_and_column()
    {
        using var folder = new TempFolder();
        folder.Write("bad.csv", $"{Header}\n1,10,add,1,0\n1,11,\"sub, mixed\",abc,1\n");
        var error = await RefusedAsync(folder, "bad.csv");
        Assert.Contains("bad.csv(3,19): error: column 'correct'", error, StringComparison.Ordinal);
        Assert.Contains("abc", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_numeric_value_in_an_ignored_idx_column_is_still_named_with_its_line_and_column()
    {
        // The *_idx columns are not kept, but a file with text where a number belongs is malformed all the same.
        using var folder = new TempFolder();
        folder.Write("bad.csv", $"user_idx,{Header}\n1,1,10,add,1,0\nx2,1,11,add,0,1\n");
        var error = await RefusedAsync(folder, "bad.csv");
        Assert.Contains("bad.csv(3,1): error: column 'user_idx'", error, StringComparison.Ordinal);
        Assert.Contains("x2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correct_that_is_not_0_or_1_is_named_with_its_line_and_column()
    {
        using var folder = new TempFolder();
        folder.Write("bad.csv", $"{Header}\n1,10,add,1,0\n1,11,add,0,1\n2,10,add,2,0\n");
        var error = await RefusedAsync(folder, "bad.csv");
        Assert.Contains("bad.csv(4,10): error: column 'correct' must be 0 or 1 (found '2')", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_missing_a_column_is_named_where_the_value_should_be()
    {
        using var folder = new TempFolder();
        folder.Write("bad.csv", $"{Header}\n1,10,add,1,0\n1,11,add,1\n");
        var error = await RefusedAsync(folder, "bad.csv");
        Assert.Contains("bad.csv(3,11): error: the row ends early, column 'seq_pos' is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_without_a_required_column_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("bad.csv", "user_id,problem_id,skill,seq_pos\n1,10,add,0\n");
        var error = await RefusedAsync(folder, "bad.csv");
        Assert.Contains("bad.csv(1,33): error: missing column 'correct'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_gzip_file_is_refused_at_the_line_where_its_data_stops()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder(Header + "\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(i % 97).Append(',').Append(i).Append(",skill ").Append(i % 13).Append(',').Append(i % 2).Append(',').Append(i).Append('\n');
        }

        var whole = Compress(text.ToString());
        File.WriteAllBytes(folder.Combine("cut.csv.gz"), whole[..(whole.Length / 2)]);
        var error = await RefusedAsync(folder, "cut.csv.gz");
        Assert.Matches(@"cut\.csv\.gz\(\d{4,5},\d+\): error: the gzip file is truncated", error);
    }

    [Fact]
    public async Task A_repeated_problem_log_id_in_the_2017_format_is_named_at_its_second_row()
    {
        using var folder = new TempFolder();
        var lines = ReadLines(PublicData.File("assistments-2017-sample.csv.gz")).Take(4).ToList();
        var actionOfRow2 = lines[1].Split(',')[14];
        var row3 = lines[2].Split(',');
        row3[14] = actionOfRow2;
        lines[2] = string.Join(',', row3);
        folder.Write("dup.csv", string.Join('\n', lines) + "\n");
        var error = await RefusedAsync(folder, "dup.csv", "assistments-2017");
        Assert.Contains("dup.csv(3,", error, StringComparison.Ordinal);
        Assert.Contains("column 'action_num' repeats a value", error, StringComparison.Ordinal);
    }

    private static byte[] Compress(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return memory.ToArray();
    }

    private static IEnumerable<string> ReadLines(string gz)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gz), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
