using static Assist.Cli.Synth.SynthSql;

namespace Assist.Cli.Synth;

/// <summary>
/// The latent world every core table is a projection of, as DuckDB working tables (<c>w_*</c>): schools, teachers,
/// classes, students with a latent ability and a monthly growth, problem sets with original problems and their
/// scaffolding steps, assignments over the school year and assignment logs. Problem logs are a view
/// (<c>w_plog</c>): ten million rows are streamed to Parquet, never held.
/// </summary>
internal sealed class WorldBuilder(WorldShape shape, IdBases ids, long seed)
{
    private string U(string salt, params string[] keys) => Uniform(seed, salt, keys);

    private string N(string salt, params string[] keys) => Normal(seed, salt, keys);

    /// <summary>The statements, in order, with a label for the progress line.</summary>
    public IEnumerable<(string Label, string Sql)> Statements()
    {
        yield return ("schools", Schools());
        yield return ("teachers", $"""
            CREATE TABLE w_teacher AS
            SELECT i AS teacher_idx, {ids.Users} + i AS user_id, i % {shape.Schools} AS school_idx
            FROM range({shape.Teachers}) r(i)
            """);
        yield return ("classes", Classes());
        yield return ("students", Students());
        yield return ("enrolments", Enrolments());
        yield return ("users", Users());
        yield return ("problem sets", ProblemSets());
        yield return ("problems", Problems());
        yield return ("assignments", Assignments());
        yield return ("assignment logs", AssignmentLogs());
        yield return ("problem log model", new ProblemLogModel(ids, seed).CreateView());
    }

    private string Schools() => $"""
        CREATE TABLE w_school AS
        SELECT i AS school_idx,
               ['Adams', 'Burncoat', 'Chandler', 'Doherty', 'Forest Grove', 'Gates Lane', 'Holy Name', 'Jacob Hiatt',
                'Lake View', 'May Street', 'Nelson Place', 'Quinsigamond', 'Roosevelt', 'Sullivan', 'Tatnuck', 'Union Hill',
                'Vernon Hill', 'Wawecus', 'Worcester East', 'Canterbury'][1 + (i + {Int(Math.Abs(seed % 20))}) % 20]
                 || ' Middle School' || CASE WHEN i >= 20 THEN ' ' || CAST(i // 20 + 1 AS VARCHAR) ELSE '' END AS school_name,
               ({U("school-offset", "i")} - 0.5) * 1.2 AS school_offset,
               0.08 + 0.10 * {U("school-growth", "i")} AS school_growth
        FROM range({shape.Schools}) r(i)
        """;

    private string Classes() => $"""
        CREATE TABLE w_class AS
        SELECT i AS class_idx, {ids.Groups} + i AS group_id, i % {shape.Teachers} AS teacher_idx,
               {ids.Users} + i % {shape.Teachers} AS teacher_user_id, (i % {shape.Teachers}) % {shape.Schools} AS school_idx,
               6 + {Below(seed, "grade", "3", "i")} AS grade,
               'Grade ' || CAST(6 + {Below(seed, "grade", "3", "i")} AS VARCHAR) || ' '
                 || ['Red', 'Blue', 'Green', 'Gold', 'Period 1', 'Period 2', 'Period 3', 'Period 4', 'Honors', 'Block A'][1 + {Below(seed, "cname", "10", "i")}]
                 || ' (' || CAST(i AS VARCHAR) || ')' AS class_name
        FROM range({shape.Classes}) r(i)
        """;

    private string Students() => $"""
        CREATE TABLE w_student AS
        SELECT s.i AS student_idx, {ids.Users + shape.Teachers} + s.i AS user_id, s.class_idx, c.group_id, c.school_idx, c.grade,
               sc.school_offset + {N("theta", "s.i")} AS theta,
               sc.school_growth * (0.6 + 0.8 * {U("growth", "s.i")}) AS growth
        FROM (SELECT i, CAST(i * {shape.Classes} // {shape.Students} AS BIGINT) AS class_idx FROM range({shape.Students}) r(i)) s
        JOIN w_class c ON c.class_idx = s.class_idx
        JOIN w_school sc ON sc.school_idx = c.school_idx
        """;

    // About 3% of students are in a second class (A1920: 8,560 of 277k), so they get both classes' assignments.
    private string Enrolments() => $"""
        CREATE TABLE w_enrol AS
        SELECT {ids.Memberships} + row_number() OVER (ORDER BY e.class_idx, e.student_idx) - 1 AS membership_id, e.*
        FROM (
            SELECT student_idx, user_id, class_idx FROM w_student
            UNION ALL
            SELECT student_idx, user_id, (class_idx + 1) % {shape.Classes} FROM w_student
            WHERE {shape.Classes} > 1 AND {U("second-class", "student_idx")} < 0.03
        ) e
        """;

    private string Users() => $"""
        CREATE TABLE w_user AS
        SELECT u.*, {U("name-first", "u.user_id")} AS u_first, {U("name-last", "u.user_id")} AS u_last,
               md5(CAST(u.user_id AS VARCHAR) || ':' || {Int(seed)}) AS u_hash
        FROM (
            SELECT user_id, teacher_idx AS idx, 7 AS role, NULL::INTEGER AS grade FROM w_teacher
            UNION ALL
            SELECT user_id, student_idx, 6, grade FROM w_student
        ) u
        """;

    private string ProblemSets() => $"""
        CREATE TABLE w_pset AS
        SELECT i AS ps_idx, {ids.ProblemSets} + i AS ps_id, 6 + {Below(seed, "ps-size", "7", "i")} AS n_orig,
               i % {shape.Skills} AS skill_idx, {N("ps-diff", "i")} * 0.5 AS ps_diff,
               {U("ps-mastery", "i")} < 0.2 AS mastery
        FROM range({shape.ProblemSets}) r(i)
        """;

    // Originals get 2-4 hints (the last is the bottom-out hint) and, 70% of them, 2-4 scaffolding steps. Ids are
    // dense in (set, position, step) order, so a step's original is problem_id - step.
    private string Problems() => $"""
        CREATE TABLE w_problem AS
        WITH o AS (
            SELECT ps_idx, ps_id, skill_idx, ps_diff, j + 1 AS pos
            FROM (SELECT ps_idx, ps_id, skill_idx, ps_diff, unnest(range(n_orig)) AS j FROM w_pset)
        ), o2 AS (
            SELECT o.*, ps_diff + {N("p-diff", "ps_idx", "pos")} * 0.8 AS orig_difficulty,
                   CASE WHEN {U("p-scaf", "ps_idx", "pos")} < 0.7 THEN 2 + {Below(seed, "p-steps", "3", "ps_idx", "pos")} ELSE 0 END AS n_steps
            FROM o
        ), r AS (
            SELECT *, 0 AS step FROM o2
            UNION ALL
            SELECT * EXCLUDE (s), s AS step FROM (SELECT *, unnest(range(1, n_steps + 1)) AS s FROM o2)
        ), numbered AS (
            SELECT r.*, row_number() OVER (ORDER BY ps_idx, pos, step) - 1 AS p_idx FROM r
        )
        SELECT p_idx, {ids.Problems} + p_idx AS problem_id, {ids.Problems} + p_idx - step AS orig_problem_id,
               ps_idx, ps_id, skill_idx, pos, step, n_steps, orig_difficulty,
               CASE WHEN step = 0 THEN orig_difficulty ELSE orig_difficulty - 0.3 + {N("s-diff", "p_idx")} * 0.5 END AS difficulty,
               CASE WHEN step = 0 THEN 2 + {Below(seed, "hints", "3", "p_idx")} ELSE 1 + {Below(seed, "hints", "2", "p_idx")} END AS n_hints,
               {ids.TutorStrategies} + p_idx * {WorldShape.StrategiesPerProblem} AS first_strategy_id,
               CASE WHEN step = 0 AND n_steps > 0 THEN {ids.Scaffolds} + dense_rank() OVER (ORDER BY CASE WHEN n_steps > 0 THEN {ids.Problems} + p_idx - step END) - 1 END AS own_scaffold_id
        FROM numbered
        """;

    private string Assignments() => $"""
        CREATE TABLE w_assignment AS
        SELECT a.*, date_diff('month', {shape.Calendar.YearStartSql("a.year_idx")}, CAST(release_date AS DATE)) AS month
        FROM (
            SELECT c.class_idx * {shape.AssignmentsPerClass} + j AS a_idx,
                   {ids.Assignments} + c.class_idx * {shape.AssignmentsPerClass} + j AS assignment_id,
                   {ids.AssignmentDefinitions} + c.class_idx * {shape.AssignmentsPerClass} + j AS definition_id,
                   c.class_idx, c.group_id, c.teacher_user_id, p.ps_idx, p.ps_id, p.n_orig,
                   c.class_idx % {shape.Calendar.Years} AS year_idx,
                   CAST({shape.Calendar.YearStartSql($"c.class_idx % {shape.Calendar.Years}")} AS TIMESTAMP) + INTERVAL 8 HOUR
                     + to_days(CAST(7 + floor(j * {WorldShape.SchoolYearDays} / {shape.AssignmentsPerClass}) + {Below(seed, "rel-day", "4", "c.class_idx", "j")} AS INTEGER))
                     + to_minutes({Below(seed, "rel-min", "420", "c.class_idx", "j")}) AS release_date,
                   {U("due", "c.class_idx", "j")} < 0.6 AS has_due
            FROM (SELECT *, unnest(range({shape.AssignmentsPerClass})) AS j FROM w_class) c
            JOIN w_pset p ON p.ps_idx = {Below(seed, "a-set", Int(shape.ProblemSets), "c.class_idx", "j")}
        ) a
        """;

    // Stronger students take part more often and finish more; a log that is not finished stops part-way.
    private string AssignmentLogs() => $"""
        CREATE TABLE w_alog AS
        SELECT {ids.AssignmentLogs} + row_number() OVER (ORDER BY x.a_idx, x.student_idx) - 1 AS al_id,
               row_number() OVER (ORDER BY x.a_idx, x.student_idx) - 1 AS al_idx,
               x.*,
               CASE WHEN x.finished THEN x.n_orig ELSE 1 + {Below(seed, "al-done", "x.n_orig - 1", "x.a_idx", "x.student_idx")} END AS n_done,
               CASE WHEN x.finished THEN x.start_time + to_seconds(x.n_orig * {WorldShape.ProblemSlotSeconds}) END AS end_time
        FROM (
            SELECT a.a_idx, a.assignment_id, a.ps_idx, a.ps_id, a.n_orig, a.month, s.student_idx, s.user_id,
                   s.theta + s.growth * a.month AS ability,
                   {U("al-fin", "a.a_idx", "s.student_idx")} < 0.88 + 0.1 * {Sigmoid("s.theta + s.growth * a.month")} AS finished,
                   date_trunc('day', a.release_date) + to_days(CAST({Below(seed, "al-day", "4", "a.a_idx", "s.student_idx")} AS INTEGER))
                     + to_minutes(480 + {Below(seed, "al-min", "400", "a.a_idx", "s.student_idx")}) AS start_time
            FROM w_assignment a
            JOIN w_enrol e ON e.class_idx = a.class_idx
            JOIN w_student s ON s.student_idx = e.student_idx
            WHERE {U("al-part", "a.a_idx", "s.student_idx")} < 0.78 + 0.17 * {Sigmoid("s.theta + s.growth * a.month")}
        ) x
        """;
}
