using static Assist.Cli.Synth.SynthSql;

namespace Assist.Cli.Synth;

/// <summary>
/// How a student works a problem, as in seeds/001 and 002: the chance of a correct first answer is a logistic of
/// (ability + monthly growth − difficulty), so weaker students ask for more hints, need more attempts, reach the
/// bottom-out hint more often and take longer, and everyone improves month by month. An original answered wrong
/// (or with help first) is followed by its scaffolding steps. <c>discrete_score</c> is 1 only for a correct first
/// attempt with no help.
/// </summary>
internal sealed class ProblemLogModel(IdBases ids, long seed)
{
    private string U(string salt, params string[] keys) => Uniform(seed, salt, keys);

    /// <summary>The <c>w_plog</c> view: one row per problem log, with the lake's column names plus ordering keys.</summary>
    public string CreateView() => $"""
        CREATE VIEW w_plog AS
        WITH base AS (
            SELECT al.al_id, al.al_idx, al.ps_id, al.ability, al.start_time AS al_start, al.finished AS al_finished, al.n_done,
                   p.problem_id, p.orig_problem_id, p.pos, p.step, p.n_steps, p.difficulty, p.orig_difficulty, p.n_hints,
                   0.35 * {Sigmoid("-1.5 * al.ability - 0.5")} AS help_p,
                   (NOT al.finished AND p.pos = al.n_done) AS unfinished
            FROM w_alog al
            JOIN w_problem p ON p.ps_idx = al.ps_idx AND p.pos <= al.n_done
        ), orig AS (
            SELECT *,
                   {U("help", "al_id", "orig_problem_id")} < help_p AS orig_help_first,
                   {Sigmoid("ability - orig_difficulty")} AS orig_p
            FROM base
        ), kept AS (
            SELECT *,
                   NOT orig_help_first AND {U("corr", "al_id", "orig_problem_id")} < orig_p AS orig_correct_first
            FROM orig
        ), own AS (
            SELECT *,
                   CASE WHEN step = 0 THEN orig_p ELSE {Sigmoid("ability - difficulty + 0.8")} END AS p_self,
                   CASE WHEN step = 0 THEN orig_help_first ELSE {U("help", "al_id", "problem_id")} < help_p * 0.7 END AS help_first
            FROM kept
            WHERE step = 0 OR (NOT orig_correct_first AND NOT unfinished)
        ), outcome AS (
            SELECT *,
                   CASE WHEN step = 0 THEN orig_correct_first ELSE NOT help_first AND {U("corr", "al_id", "problem_id")} < p_self END AS correct_first
            FROM own
        ), help AS (
            SELECT *,
                   CASE WHEN correct_first THEN 0
                        ELSE CAST(least(n_hints, floor(-ln(1.0 - {U("hint", "al_id", "problem_id")}) * (1.0 - p_self) * 2.2)
                                          + CASE WHEN help_first THEN 1 ELSE 0 END) AS INTEGER) END AS hints,
                   CASE WHEN correct_first THEN 1
                        ELSE 1 + CAST(least(7, floor(ln(1.0 - {U("att", "al_id", "problem_id")}) / ln(1.0 - (0.15 + 0.7 * p_self)))) AS INTEGER) END AS attempts0
            FROM outcome
        ), timed AS (
            SELECT *,
                   hints >= n_hints AS bottom,
                   CASE WHEN unfinished THEN attempts0 - 1 ELSE attempts0 END AS attempts,
                   CASE WHEN step = 0 THEN least(280.0, 20 + 70 * exp(-0.35 * ability) * (0.4 + {U("dur", "al_id", "problem_id")}) + 18 * hints + 12 * (attempts0 - 1))
                        ELSE least(70.0, 8 + 20 * exp(-0.35 * ability) * (0.4 + {U("dur", "al_id", "problem_id")}) + 8 * hints + 6 * (attempts0 - 1)) END AS seconds,
                   al_start + to_seconds((pos - 1) * {WorldShape.ProblemSlotSeconds})
                     + CASE WHEN step = 0 THEN to_milliseconds(CAST({U("off", "al_id", "problem_id")} * 15000 AS BIGINT))
                            ELSE to_seconds(300 + (step - 1) * 75) + to_milliseconds(CAST({U("off", "al_id", "problem_id")} * 3000 AS BIGINT)) END AS start_time
            FROM help
        )
        SELECT al_id AS assignment_log_id, al_idx, problem_id, pos, step, n_hints, ability,
               'LPS' || CAST(ps_id AS VARCHAR) || '/LPR' || CAST(orig_problem_id - {ids.Problems} + 1 AS VARCHAR) || '/#' || CAST(orig_problem_id AS VARCHAR) || '/'
                 || CASE WHEN step > 0 THEN 'SP' || CAST(problem_id AS VARCHAR) || '/' ELSE '' END AS path_info,
               start_time,
               CASE WHEN unfinished THEN NULL ELSE start_time + to_milliseconds(CAST(seconds * 1000 AS BIGINT)) END AS end_time,
               CAST(1000 * least(seconds, 4 + 25 * exp(-0.3 * ability) * (0.4 + {U("frt", "al_id", "problem_id")})) AS BIGINT) AS first_response_time,
               CASE WHEN help_first THEN NULL ELSE 1 END AS first_action_type_id,
               CASE WHEN help_first THEN NULL
                    WHEN correct_first THEN CAST((problem_id * 7919) % 200 AS VARCHAR)
                    ELSE CAST((problem_id * 7919) % 200 + 1 + {Below(seed, "wrong", "9", "al_id", "problem_id")} AS VARCHAR) END AS answer_text,
               attempts AS attempt_count,
               hints AS hint_count,
               bottom AS bottom_hint,
               CASE WHEN unfinished THEN NULL WHEN correct_first THEN 1 ELSE 0 END AS discrete_score,
               CASE WHEN unfinished THEN NULL WHEN correct_first THEN 1.0 WHEN bottom THEN 0.0
                    ELSE greatest(0.0, round((1.0 - 0.25 * hints - 0.15 * (attempts - 1)) * 20) / 20) END AS continuous_score,
               CAST(NULL AS VARCHAR) AS teacher_comment,
               start_time AS created_at,
               coalesce(CASE WHEN unfinished THEN NULL ELSE start_time + to_milliseconds(CAST(seconds * 1000 AS BIGINT)) END, start_time) AS updated_at
        FROM timed
        """;
}
