namespace Assist.Cli.Synth;

/// <summary>
/// The four skill models of seeds/002 (Table 1) next to the Common Core standards, so the skill analyses of
/// seeds/001 §5.2 and seeds/002 run on a synthetic lake: a skill model is the set of <c>skills</c> rows whose
/// <c>framework</c> names it (<c>WPI-1</c>, <c>WPI-5</c>, <c>WPI-39</c>, <c>WPI-78</c>), and <c>problem_skills</c>
/// is its problem→skill matrix. The models nest as in the paper: each WPI-78 skill lies in one WPI-39 skill, which
/// lies in one of the five WPI-5 strands (the Massachusetts strands), which make up the single WPI-1 skill. Every
/// problem (original or scaffolding step) gets one skill per model, from its problem set's Common Core standard.
/// </summary>
internal static class SkillModelRecipes
{
    // Skill ids of the models, after the Common Core standards (ids.Skills + 0 .. Skills - 1).
    private const int ModelOffset = 100;
    private const int Wpi5Offset = 1;
    private const int Wpi39Offset = 10;
    private const int Wpi78Offset = 50;

    // The five strands of WPI-5, in the order of the synthetic standards' domains (RP, NS, EE, G, SP).
    private const string Strands =
        "['Measurement', 'Number Sense and Operations', 'Patterns, Relations, and Algebra', 'Geometry', 'Data Analysis, Statistics, and Probability']";

    /// <summary>The models' skills: one row per skill, with its framework.</summary>
    public static string Skills(SynthContext c)
    {
        var b = c.Ids.Skills + ModelOffset;
        return $"""
            SELECT id AS _key, id, CAST(NULL AS VARCHAR) AS code, name, framework FROM (
                SELECT {b} AS id, 'Math' AS name, 'WPI-1' AS framework
                UNION ALL
                SELECT {b + Wpi5Offset} + s, {Strands}[1 + s], 'WPI-5' FROM range(5) r(s)
                UNION ALL
                SELECT {b + Wpi39Offset} + j, 'WPI-39 skill ' || CAST(j + 1 AS VARCHAR) || ' (' || {Strands}[1 + (j // 3) % 5] || ')', 'WPI-39'
                FROM range(39) r(j)
                UNION ALL
                SELECT {b + Wpi78Offset} + k, 'WPI-78 skill ' || CAST(k + 1 AS VARCHAR) || ' (' || {Strands}[1 + (k // 2 // 3) % 5] || ')', 'WPI-78'
                FROM range(78) r(k)
            )
            """;
    }

    /// <summary>
    /// Each problem's skill in every model. A standard folds onto a WPI-39 skill of the same domain (standards 39 and
    /// up move 15 back, which keeps the domain: the synthetic codes repeat every 15); WPI-78 halves each WPI-39 skill
    /// by the problem id's parity. Keys start far above the Common Core links' (problem id × 2 + 0/1).
    /// </summary>
    public static string ProblemSkills(SynthContext c)
    {
        var b = c.Ids.Skills + ModelOffset;
        return $"""
            WITH p AS (
                SELECT problem_id, (skill_idx // 3) % 5 AS strand, CASE WHEN skill_idx >= 39 THEN skill_idx - 15 ELSE skill_idx END AS wpi39
                FROM w_problem
            )
            SELECT {100 * c.Ids.Stride} + problem_id * 4 + m AS _key, problem_id, skill_id FROM (
                SELECT problem_id, {b} AS skill_id, 0 AS m FROM p
                UNION ALL
                SELECT problem_id, {b + Wpi5Offset} + strand, 1 FROM p
                UNION ALL
                SELECT problem_id, {b + Wpi39Offset} + wpi39, 2 FROM p
                UNION ALL
                SELECT problem_id, {b + Wpi78Offset} + 2 * wpi39 + problem_id % 2, 3 FROM p
            )
            """;
    }
}
