using Assist.Lake.Tests.Support;
using Assist.TestKit;
using DuckDB.NET.Data;
using Dapper;

namespace Assist.Lake.Tests.Import;

/// <summary>
/// The importer's speed comes from leaving row order to DuckDB wherever the files do not show it (parallel reads,
/// views, sorts of narrow rows before the casts): the files it writes must still be the same every time, row for row
/// and in the same order, and the side table's ids must be problem log ids.
/// </summary>
[Collection(PublicLakesCollection.Name)]
public sealed class RepeatableImportTests(PublicLakesFixture lakes)
{
    [Fact]
    public async Task Importing_the_same_file_again_writes_the_same_rows_in_the_same_order_to_every_file()
    {
        // assist2009 has multi-skill responses, so it takes the regrouping path as well as the plain one.
        var first = await lakes.Lake("assist2009-responses.csv.gz");
        using var folder = new TempFolder("assist-import-again");
        var second = folder.Combine("lake");
        var result = await CliRunner.Run(new Assist.Cli.Commands.ImportCommand(), folder.Path,
            "responses", PublicData.File("assist2009-responses.csv.gz"), "--out", second, "--school-year", "2009", "--schema", RepoPaths.SchemaDirectory);
        Assert.True(result.Code == 0, result.Error);

        var files = Parquet(first);
        Assert.Equal(files, Parquet(second));
        Assert.Contains(Path.Combine("cas_core", "student_data", "problem_logs", "data_0.parquet"), files);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        foreach (var file in files)
        {
            // file_row_number makes the comparison see order: a row in another place is a difference.
            var differences = connection.ExecuteScalar<long>($"""
                SELECT count(*) FROM (
                    (SELECT * FROM read_parquet('{Path.Combine(first, file)}', file_row_number = true)
                     EXCEPT ALL SELECT * FROM read_parquet('{Path.Combine(second, file)}', file_row_number = true))
                    UNION ALL
                    (SELECT * FROM read_parquet('{Path.Combine(second, file)}', file_row_number = true)
                     EXCEPT ALL SELECT * FROM read_parquet('{Path.Combine(first, file)}', file_row_number = true)))
                """);
            Assert.True(differences == 0, $"{file}: {differences} rows differ between two imports of the same file");
        }
    }

    [Fact]
    public async Task The_side_table_s_problem_log_ids_are_whole_numbers_of_logs_that_exist()
    {
        var lake = await lakes.Lake("assist2009-responses.csv.gz");
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var side = Path.Combine(lake, "_side", "responses", "problem_log_skills", "data_0.parquet");
        var logs = Path.Combine(lake, "cas_core", "student_data", "problem_logs", "data_0.parquet");
        Assert.Equal("BIGINT", connection.ExecuteScalar<string>($"SELECT typeof(problem_log_id) FROM read_parquet('{side}') LIMIT 1"));
        var (rows, orphans, logsWithoutTag) = connection.QuerySingle<(long, long, long)>($"""
            SELECT (SELECT count(*) FROM read_parquet('{side}')),
                   (SELECT count(*) FROM read_parquet('{side}') s WHERE s.problem_log_id NOT IN (SELECT id FROM read_parquet('{logs}'))),
                   (SELECT count(*) FROM read_parquet('{logs}') l WHERE l.id NOT IN (SELECT problem_log_id FROM read_parquet('{side}')))
            """);
        // One row per file row (the published 325,637), every one pointing at a log, and every log tagged.
        Assert.Equal((325_637L, 0L, 0L), (rows, orphans, logsWithoutTag));
    }

    private static List<string> Parquet(string lake) =>
        Directory.GetFiles(lake, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(lake, f)).Order(StringComparer.Ordinal).ToList();
}
