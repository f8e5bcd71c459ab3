using Assist.Cli.Synth;
using Assist.Cli.Tests.Infrastructure;
using Assist.Query;
using Assist.Schema;
using Assist.TestKit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>
/// A synthetic lake with a class of 3 students: 50 students (two classes of about 25, seed 5), then every assignment
/// log (and its problem logs) of the first class dropped except those of 3 of its students. The Parquet files are
/// rewritten with DuckDB, column types kept.
/// </summary>
public sealed class SmallClassLakeFixture : IDisposable
{
    private readonly TempFolder _folder = new("assist-small-class");

    public SmallClassLakeFixture()
    {
        Lake = _folder.Combine("lake");
        var schema = SchemaLoader.LoadDirectory(RepoPaths.Schema).Schema;
        new LakeSynthesizer(schema, new SynthOptions(Lake, 50, 5), TextWriter.Null).Run(CancellationToken.None);
        var logs = Path.Combine(Lake, "cas_core", "student_data");
        using (var lake = LocalLake.Open(Lake))
        {
            Execute(lake, """
                CREATE TEMP TABLE log_class AS
                SELECT al.id, al.user_xid, a.group_context_xid AS class_xid
                FROM cas_core.student_data.assignment_logs al
                LEFT JOIN cas_core.core.external_references x ON x.id = al.assignment_xid AND x.xref_type_id = 3
                LEFT JOIN cas_core.core.assignments a ON a.id = x.target_id
                """);
            Execute(lake, "CREATE TEMP TABLE small_class AS SELECT min(class_xid) AS class_xid FROM log_class");
            Execute(lake, """
                CREATE TEMP TABLE kept_students AS
                SELECT DISTINCT user_xid FROM log_class WHERE class_xid = (SELECT class_xid FROM small_class) ORDER BY user_xid LIMIT 3
                """);
            Execute(lake, """
                CREATE TEMP TABLE kept_logs AS
                SELECT id FROM log_class
                WHERE class_xid IS DISTINCT FROM (SELECT class_xid FROM small_class) OR user_xid IN (SELECT user_xid FROM kept_students)
                """);
            Execute(lake, $"COPY (SELECT * FROM cas_core.student_data.assignment_logs WHERE id IN (SELECT id FROM kept_logs)) TO '{logs}/al.parquet' (FORMAT parquet)");
            Execute(lake, $"COPY (SELECT * FROM cas_core.student_data.problem_logs WHERE assignment_log_id IN (SELECT id FROM kept_logs)) TO '{logs}/pl.parquet' (FORMAT parquet)");
        }

        Replace(Path.Combine(logs, "assignment_logs"), Path.Combine(logs, "al.parquet"));
        Replace(Path.Combine(logs, "problem_logs"), Path.Combine(logs, "pl.parquet"));
    }

    /// <summary>The lake folder.</summary>
    public string Lake { get; }

    public void Dispose() => _folder.Dispose();

    private static void Execute(LocalLake lake, string sql)
    {
        using var command = lake.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Replace(string tableFolder, string file)
    {
        foreach (var old in Directory.GetFiles(tableFolder, "*.parquet"))
        {
            File.Delete(old);
        }

        File.Move(file, Path.Combine(tableFolder, "data_0.parquet"));
    }
}
