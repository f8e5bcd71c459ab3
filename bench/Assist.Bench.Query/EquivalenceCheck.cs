using System.Globalization;
using Assist.Bench.Query.Linq2Db;
using Assist.Query;
using DuckDB.NET.Data;

namespace Assist.Bench.Query;

/// <summary>
/// Runs every variant's SQL on a small seeded DuckDB and compares the rows, so the benchmark provably compares
/// queries that compute the same thing.
/// </summary>
internal static class EquivalenceCheck
{
    private const string Seed = """
        SET TimeZone = 'UTC';
        ATTACH ':memory:' AS cas_core;
        CREATE SCHEMA cas_core.student_data;
        CREATE TABLE cas_core.student_data.assignment_logs AS
            SELECT i AS id, i % 50 AS user_xid FROM range(1000) t(i);
        CREATE TABLE cas_core.student_data.problem_logs AS
            SELECT i AS id, i // 10 AS assignment_log_id,
                   TIMESTAMP '2024-01-01' + to_seconds((hash(i) % 31536000)::BIGINT) AS start_time,
                   (i % 4 + 1)::INTEGER AS attempt_count, (i % 5)::INTEGER AS hint_count,
                   CASE WHEN i % 7 = 0 THEN NULL ELSE i % 10 = 0 END AS bottom_hint
            FROM range(10000) t(i);
        """;

    public static void Run(TextWriter output)
    {
        var since = new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var seed = connection.CreateCommand())
        {
            seed.CommandText = Seed;
            seed.ExecuteNonQuery();
        }

        using var linq2Db = new Linq2DbPerStudent();
        var duckDbSql = AssistPerStudent.Build(since).ToSql(SqlDialect.DuckDb);
        var variants = new (string Name, string Sql, object[] Parameters)[]
        {
            ("linq2db", linq2Db.Translate(since), [new DuckDBParameter("since", since)]),
            ("linq2db, tables mapped whole", linq2Db.TranslateWholeMapping(since), [new DuckDBParameter("since", since)]),
            ("hand-written", HandWrittenPerStudent.Sql(since), []),
            ("Assist.Query DuckDB", duckDbSql.Text, duckDbSql.Parameters.Select(p => (object)new DuckDBParameter(p.Value ?? DBNull.Value)).ToArray()),
        };

        var reference = Rows(connection, variants[0].Sql, variants[0].Parameters);
        output.WriteLine(FormattableString.Invariant($"-- {variants[0].Name}: {reference.Count} groups"));
        foreach (var (name, sql, parameters) in variants.Skip(1))
        {
            var rows = Rows(connection, sql, parameters);
            var verdict = rows.SequenceEqual(reference, StringComparer.Ordinal) ? "same rows" : "DIFFERENT ROWS";
            output.WriteLine(FormattableString.Invariant($"-- {name}: {rows.Count} groups, {verdict} as linq2db"));
        }
    }

    /// <summary>Each row as invariant text, sorted, so results compare regardless of order and numeric types.</summary>
    private static List<string> Rows(DuckDBConnection connection, string sql, object[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(string.Join(" | ", values));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
