using Assist.Bench.Query.Linq2Db;
using Assist.Query;

namespace Assist.Bench.Query;

/// <summary>Prints the SQL of every benchmarked variant for one since value.</summary>
internal static class ShowSql
{
    public static void Print(TextWriter output)
    {
        var since = new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        using var linq2Db = new Linq2DbPerStudent();
        Section(output, "linq2db 6.5.1, DuckDB provider", linq2Db.Translate(since));
        Section(output, "hand-written", HandWrittenPerStudent.Sql(since));
        Section(output, "Assist.Query, Athena", AssistPerStudent.Translate(since, SqlDialect.Athena));
        Section(output, "Assist.Query, DuckDB", AssistPerStudent.Translate(since, SqlDialect.DuckDb));
        Section(output, "Assist.Query, Athena, explicit join", AssistPerStudent.BuildWithJoin(since).ToSql(SqlDialect.Athena).Text);

        Section(output, "Assist.Query compiled query, Athena", AssistPerStudent.Compiled.ToSql(since, SqlDialect.Athena).Text);
        Section(output, "linq2db 6.5.1 CompiledQuery", linq2Db.TranslateCompiled(since));

        // Different since values must share one cached shape per dialect, or "cached" would measure misses.
        var compiler = new QueryCompiler();
        for (var day = 1; day <= 11; day++)
        {
            AssistPerStudent.Translate(since.AddDays(day), SqlDialect.Athena, compiler);
            AssistPerStudent.Translate(since.AddDays(day), SqlDialect.DuckDb, compiler);
        }

        output.WriteLine(FormattableString.Invariant($"-- Assist.Query cache entries after 22 translations of 2 dialects: {compiler.CachedShapes}"));
        EquivalenceCheck.Run(output);
    }

    private static void Section(TextWriter output, string title, string sql)
    {
        output.WriteLine("-- " + title);
        output.WriteLine(sql);
        output.WriteLine();
    }
}
