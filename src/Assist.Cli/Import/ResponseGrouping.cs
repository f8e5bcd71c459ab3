namespace Assist.Cli.Import;

/// <summary>
/// Finds the responses tagged with several skills in a response file with problem ids, in SQL (a file repeats such
/// a response once per skill, in consecutive rows). A row continues a candidate response when the student's previous
/// row has the same problem and correctness and another skill; a skill seen again in a candidate starts the next
/// response of the same problem. A problem's candidates become responses only when every response to that problem in
/// the files carries all of the problem's skills: otherwise (a problem tagged one way in one row and another way in
/// the next, as in the 2017 file) each row is its own response. Only students who have a problem under two skills or
/// whose rows are not numbered densely (<see cref="ResponseOrder"/>) get the sort, only rows next to a continuing row are grouped, and
/// only the students with a multi-skill response are counted again, so the heavy windows run on a small part of the
/// file. Produces <c>st_rows</c> and <c>st_log_rows</c>: every row with <c>starts</c> (it is its response's first row)
/// and <c>n1</c> (the response's number within the student, from 1).
/// </summary>
internal static class ResponseGrouping
{
    /// <summary>The statements, in order; <c>raw</c> and <c>st_skills</c> must exist.</summary>
    public static IReadOnlyList<(string Label, string Sql)> Statements { get; } =
    [
        // Only consecutive rows of one problem under different skills can continue a response: a student who never
        // has one problem under two skills has none, and if numbered needs no window. Skills compare by hash (half
        // of the string comparisons' time), exact while no two skill names share a hash; if two do, every student
        // takes the window.
        ResponseOrder.FileBlocks("""
            SELECT user_id FROM raw GROUP BY user_id, problem_id
            HAVING min(hash(skill)) <> max(hash(skill)) OR (SELECT count(DISTINCT hash(name)) < count(*) FROM st_skills)
            """),
        // For the others one sort gives the order, the link to the previous row and to the next one.
        ("rows", $"""
            CREATE TABLE st_rows AS
            SELECT r.user_id, r.problem_id, s.skill_id, r.correct, {ResponseOrder.NumberedPos} AS pos, false AS continues, false AS grouped
            FROM raw r JOIN st_skills s ON s.name = r.skill JOIN st_file_blocks b USING (user_id, _file)
            WHERE NOT b.windowed
            UNION ALL
            SELECT user_id, problem_id, skill_id, correct, pos, continues, continues OR coalesce(next_continues, false)
            FROM (
                SELECT r.user_id, r.problem_id, s.skill_id, r.correct, row_number() OVER w AS pos,
                       coalesce(r.problem_id = lag(r.problem_id) OVER w AND r.correct = lag(r.correct) OVER w
                                AND s.skill_id <> lag(s.skill_id) OVER w, false) AS continues,
                       lead(r.problem_id) OVER w = r.problem_id AND lead(r.correct) OVER w = r.correct
                                AND lead(s.skill_id) OVER w <> s.skill_id AS next_continues
                FROM raw r JOIN st_skills s ON s.name = r.skill
                WHERE r.user_id IN (SELECT user_id FROM st_file_blocks WHERE windowed)
                WINDOW w AS ({ResponseOrder.WindowOrder}))
            """),
        ("problem tags", """
            CREATE TABLE st_problem_tags AS
            SELECT problem_id, count(DISTINCT skill_id) AS tags, count(*) FILTER (WHERE NOT grouped) AS single_rows
            FROM st_rows GROUP BY problem_id
            """),
        ("multi-skill candidates", """
            CREATE TABLE st_candidates AS
            SELECT *, row_number() OVER (PARTITION BY user_id, candidate, skill_id ORDER BY pos) AS occurrence
            FROM (SELECT *, sum(CASE WHEN continues THEN 0 ELSE 1 END) OVER (PARTITION BY user_id ORDER BY pos ROWS UNBOUNDED PRECEDING) AS candidate
                  FROM st_rows WHERE grouped)
            """),
        ("multi-skill problems", """
            CREATE TABLE st_multi AS
            SELECT g.problem_id
            FROM (SELECT user_id, candidate, occurrence, any_value(problem_id) AS problem_id, count(*) AS tags
                  FROM st_candidates GROUP BY user_id, candidate, occurrence) g
            JOIN st_problem_tags p USING (problem_id)
            WHERE p.single_rows = 0
            GROUP BY g.problem_id, p.tags
            HAVING p.tags > 1 AND bool_and(g.tags = p.tags)
            """),
        ("multi-skill rows", """
            CREATE TABLE st_continuations AS
            SELECT user_id, pos
            FROM (SELECT *, lag(occurrence) OVER (PARTITION BY user_id ORDER BY pos) AS previous_occurrence FROM st_candidates)
            WHERE continues AND occurrence = previous_occurrence AND problem_id IN (SELECT problem_id FROM st_multi)
            """),
        // Only the students with a multi-skill response need their responses counted with a window (none in the 2015
        // and 2017 files); for everyone else a row is a response and n1 is its position: a view, no sort.
        ("regrouped students", """
            CREATE TABLE st_regrouped AS
            SELECT r.user_id, r.problem_id, r.skill_id, r.correct, r.pos, k.pos IS NULL AS starts,
                   count(*) FILTER (WHERE k.pos IS NULL) OVER (PARTITION BY r.user_id ORDER BY r.pos ROWS UNBOUNDED PRECEDING) AS n1
            FROM st_rows r LEFT JOIN st_continuations k USING (user_id, pos)
            WHERE r.user_id IN (SELECT user_id FROM st_continuations)
            """),
        ("responses", """
            CREATE VIEW st_log_rows AS
            SELECT user_id, problem_id, skill_id, correct, pos, true AS starts, pos AS n1
            FROM st_rows WHERE user_id NOT IN (SELECT user_id FROM st_continuations)
            UNION ALL SELECT * FROM st_regrouped
            """),
    ];
}
