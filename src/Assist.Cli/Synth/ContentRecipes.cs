namespace Assist.Cli.Synth;

/// <summary>
/// Problem sets, their original problems and scaffolding steps (<c>problems.scaffold_id</c>), hints and other
/// tutor strategies, scaffolds, skills and the problem-skill links (the Common Core standards here, the research skill
/// models of seeds/002 in <see cref="SkillModelRecipes"/>).
/// </summary>
internal static class ContentRecipes
{
    private const string Content = "cas_content.core.";
    private const string SkillBuilderParameters = "{\"pseudo_skill_builder\": true}";
    private const string EmptyJson = "{}";

    /// <summary>The recipes of this group.</summary>
    public static IEnumerable<TableRecipe> All(IdBases ids, WorldShape shape)
    {
        yield return new TableRecipe(Content + "problem_set_definitions", [ProblemSets], "id",
            new RangeSource(ids.ProblemSets, "SELECT count(*) FROM w_pset"), []);
        yield return new TableRecipe(Content + "problems", [Problems], "id",
            new RangeSource(ids.Problems, "SELECT count(*) FROM w_problem"), []);
        yield return new TableRecipe(Content + "problem_set_memberships", [SetMemberships], "id",
            new RangeSource(ids.ProblemSetMemberships, "SELECT count(*) FROM w_problem WHERE step = 0"), []);
        yield return new TableRecipe(Content + "tutor_strategies", [TutorStrategies], "id", null, []);
        yield return new TableRecipe(Content + "scaffolds", [Scaffolds], "id",
            new RangeSource(ids.Scaffolds, "SELECT count(*) FROM w_problem WHERE own_scaffold_id IS NOT NULL"), []);
        yield return new TableRecipe(Content + "skills", [Skills, SkillModelRecipes.Skills], "id",
            new RangeSource(ids.Skills, "SELECT " + SynthSql.Int(shape.Skills)), []);
        yield return new TableRecipe(Content + "problem_skills", [ProblemSkills, SkillModelRecipes.ProblemSkills], "_key", null, []);
    }

    private static string ProblemSets(SynthContext c) => $"""
        SELECT ps_id AS _key, ps_id AS id,
               'Grade ' || CAST(6 + skill_idx % 3 AS VARCHAR) || ' ' || ['Ratios', 'Number System', 'Expressions', 'Geometry', 'Statistics'][1 + skill_idx % 5]
                 || CASE WHEN mastery THEN ' skill builder ' ELSE ' problem set ' END || CAST(ps_idx + 1 AS VARCHAR) AS name,
               CASE WHEN mastery THEN 'MasterySection' ELSE 'LinearSection' END AS problem_set_type,
               CASE WHEN mastery THEN {SynthSql.Text(SkillBuilderParameters)} ELSE '{EmptyJson}' END AS parameters,
               CAST(NULL AS BIGINT) AS head_section_id,
               CAST(NULL AS BIGINT) AS base_problem_set_id,
               CASE WHEN {c.U("ps-owner", "ps_idx")} < 0.2 THEN {c.Xid("user", $"{c.Ids.Users} + CAST(floor({c.U("ps-t", "ps_idx")} * {c.Shape.Teachers}) AS BIGINT)")} END AS owner_xid,
               CASE WHEN {c.U("ps-owner", "ps_idx")} < 0.2 THEN 'Teacher made' ELSE ['Certified Content', 'Engage New York', 'Illustrative Mathematics'][1 + ps_idx % 3] END AS content_source,
               {c.Shape.Calendar.Timestamp("2003-06-01 00:00:00")} + to_days(CAST(ps_idx % 400 AS INTEGER)) AS created_at,
               {c.Shape.Calendar.Timestamp("2004-06-01 00:00:00")} + to_days(CAST(ps_idx % 90 AS INTEGER)) AS updated_at
        FROM w_pset
        """;

    private static string Problems(SynthContext c) => $"""
        SELECT p.problem_id AS _key, p.problem_id AS id,
               p.orig_problem_id - {c.Ids.Problems} + 1 AS assistment_id,
               CAST(p.step + 1 AS INTEGER) AS position,
               CASE WHEN p.step > 0 THEN o.own_scaffold_id END AS scaffold_id,
               CASE WHEN p.step = 0 THEN 'PRA' || CAST(p.orig_problem_id - {c.Ids.Problems} + 1 AS VARCHAR)
                    ELSE 'PRA' || CAST(p.orig_problem_id - {c.Ids.Problems} + 1 AS VARCHAR) || ' step ' || CAST(p.step AS VARCHAR) END AS name,
               '<p>Problem ' || CAST(p.problem_id AS VARCHAR) || ': what is the value?</p>' AS body,
               CAST(NULL AS BIGINT) AS template_id,
               CAST(NULL AS BIGINT) AS legacy_id,
               {c.U("img", "p.problem_id")} < 0.2 AS contains_image,
               {c.U("eq", "p.problem_id")} < 0.4 AS contains_equation,
               false AS contains_video,
               {c.Shape.Calendar.Timestamp("2003-06-01 00:00:00")} + to_days(CAST(p.ps_idx % 400 AS INTEGER)) AS created_at,
               {c.Shape.Calendar.Timestamp("2004-06-01 00:00:00")} + to_days(CAST(p.ps_idx % 90 AS INTEGER)) AS updated_at
        FROM w_problem p LEFT JOIN w_problem o ON o.problem_id = p.orig_problem_id AND p.step > 0
        """;

    private static string SetMemberships(SynthContext c) => $"""
        SELECT problem_id AS _key, {c.Ids.ProblemSetMemberships} + row_number() OVER (ORDER BY problem_id) - 1 AS id,
               ps_id AS problem_set_id, 'problem' AS member_type, problem_id AS member_id, CAST(pos AS INTEGER) AS position
        FROM w_problem WHERE step = 0
        """;

    // Slots of a problem: 0..n_hints-1 hints (the last is the bottom-out hint), 6 an explanation, 7 the scaffold strategy.
    private static string TutorStrategies(SynthContext c) => $"""
        SELECT id AS _key, * FROM (
            SELECT first_strategy_id + h AS id, problem_id, 'Hint' AS content_type, true AS enabled,
                   CAST(NULL AS BIGINT) AS creator_xid, CAST(h + 1 AS INTEGER) AS position,
                   CASE WHEN h = n_hints - 1 THEN '<p>The answer is ' || CAST((problem_id * 7919) % 200 AS VARCHAR) || '.</p>'
                        ELSE '<p>Hint ' || CAST(h + 1 AS VARCHAR) || '</p>' END AS body
            FROM (SELECT *, unnest(range(n_hints)) AS h FROM w_problem)
            UNION ALL
            SELECT first_strategy_id + 6, problem_id, 'Explanation', true, NULL, NULL, '<p>Worked solution.</p>'
            FROM w_problem WHERE step = 0 AND {c.U("expl", "problem_id")} < 0.3
            UNION ALL
            SELECT first_strategy_id + 7, problem_id, 'Scaffold', true, NULL, NULL, NULL
            FROM w_problem WHERE own_scaffold_id IS NOT NULL
        )
        """;

    private static string Scaffolds(SynthContext c) =>
        "SELECT own_scaffold_id AS _key, own_scaffold_id AS id, first_strategy_id + 7 AS tutor_strategy_id FROM w_problem WHERE own_scaffold_id IS NOT NULL";

    private static string Skills(SynthContext c) => $"""
        SELECT i AS _key, {c.Ids.Skills} + i AS id,
               CAST(6 + i % 3 AS VARCHAR) || '.' || ['RP', 'NS', 'EE', 'G', 'SP'][1 + (i // 3) % 5] || '.' || ['A', 'B', 'C'][1 + i % 3] || '.' || CAST(1 + i // 15 AS VARCHAR) AS code,
               ['Ratios and proportional relationships', 'The number system', 'Expressions and equations', 'Geometry', 'Statistics and probability'][1 + (i // 3) % 5]
                 || ', standard ' || CAST(i + 1 AS VARCHAR) AS name,
               'Common Core' AS framework
        FROM range({c.Shape.Skills}) r(i)
        """;

    // Every problem has its set's skill; one original in five has a second skill.
    private static string ProblemSkills(SynthContext c) => $"""
        SELECT problem_id * 2 AS _key, problem_id, {c.Ids.Skills} + skill_idx AS skill_id FROM w_problem
        UNION ALL
        SELECT problem_id * 2 + 1, problem_id, {c.Ids.Skills} + (skill_idx + 1) % {c.Shape.Skills}
        FROM w_problem WHERE step = 0 AND {c.U("skill2", "problem_id")} < 0.2
        """;
}
