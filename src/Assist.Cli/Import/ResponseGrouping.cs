namespace Assist.Cli.Import;

/// <summary>
/// Finds the responses tagged with several skills in a response file, in SQL windows over <c>st_rows</c> (a file
/// repeats such a response once per skill, in consecutive rows). Rows continue a candidate response while the student,
/// problem and correctness stay the same and the skill changes; a skill seen again starts the next response of the
/// same problem. A problem's candidates become responses only when every candidate of that problem carries all of the
/// problem's skills: otherwise (a problem tagged one way in one row and another way in the next, as in the 2017
/// file) each row is its own response. Produces <c>st_responses</c>: <c>st_rows</c> plus <c>response</c>, the
/// position of the response's first row.
/// </summary>
internal static class ResponseGrouping
{
    /// <summary>The statements, in order.</summary>
    public static IReadOnlyList<(string Label, string Sql)> Statements { get; } =
    [
        ("multi-skill candidates", """
            CREATE TABLE st_candidates AS
            SELECT *, row_number() OVER (PARTITION BY user_id, candidate, skill_id ORDER BY pos) AS occurrence
            FROM (
                SELECT *, sum(CASE WHEN continues THEN 0 ELSE 1 END) OVER (PARTITION BY user_id ORDER BY pos ROWS UNBOUNDED PRECEDING) AS candidate
                FROM (
                    SELECT *, coalesce(problem_id = lag(problem_id) OVER w AND correct = lag(correct) OVER w AND skill_id <> lag(skill_id) OVER w, false) AS continues
                    FROM st_rows WINDOW w AS (PARTITION BY user_id ORDER BY pos)))
            """),
        ("multi-skill problems", """
            CREATE TABLE st_multi AS
            SELECT g.problem_id
            FROM (SELECT user_id, candidate, occurrence, any_value(problem_id) AS problem_id, count(*) AS tags
                  FROM st_candidates GROUP BY user_id, candidate, occurrence) g
            JOIN (SELECT problem_id, count(DISTINCT skill_id) AS tags FROM st_rows GROUP BY problem_id) p USING (problem_id)
            GROUP BY g.problem_id, p.tags
            HAVING p.tags > 1 AND bool_and(g.tags = p.tags)
            """),
        ("multi-skill responses", """
            CREATE TABLE st_responses AS
            SELECT c.user_id, c.problem_id, c.skill_id, c.correct, c.pos,
                   CASE WHEN m.problem_id IS NULL THEN c.pos
                        ELSE min(c.pos) OVER (PARTITION BY c.user_id, c.candidate, c.occurrence) END AS response
            FROM st_candidates c LEFT JOIN st_multi m USING (problem_id)
            """),
    ];
}
