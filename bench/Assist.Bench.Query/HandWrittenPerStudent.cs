using System.Globalization;

namespace Assist.Bench.Query;

/// <summary>The floor: the per-student SQL as one interpolated string (no parsing, no AST, no cache lookup).</summary>
public static class HandWrittenPerStudent
{
    public static string Sql(DateTime since) => string.Create(CultureInfo.InvariantCulture, $"""
        SELECT "al"."user_xid", count(*), sum("pl"."hint_count"), avg(CAST("pl"."attempt_count" AS DOUBLE)), count_if("pl"."bottom_hint")
        FROM "cas_core"."student_data"."problem_logs" AS "pl"
        INNER JOIN "cas_core"."student_data"."assignment_logs" AS "al" ON "pl"."assignment_log_id" = "al"."id"
        WHERE "pl"."start_time" >= TIMESTAMP '{since:yyyy-MM-dd HH:mm:ss.ffffff}'
        GROUP BY "al"."user_xid"
        """);
}
