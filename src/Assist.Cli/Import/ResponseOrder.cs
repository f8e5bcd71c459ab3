namespace Assist.Cli.Import;

/// <summary>
/// A row's position within its student (<c>pos</c>: 1.. by file, <c>seq_pos</c>, skill) without a sort where the
/// files allow it. The public response files list each student's rows in one block, <c>seq_pos</c> counting 0, 1, 2
/// ... in file order; there a row's position is <c>seq_pos + 1</c> plus the student's rows in earlier files, and the
/// per-student window (a sort of every row, most of the staging time of an assist2017 import) is needed only for
/// the students whose rows are not numbered so.
/// </summary>
internal static class ResponseOrder
{
    /// <summary>
    /// The statement creating <c>st_file_blocks(user_id, _file, earlier, windowed)</c>: per student and file, the
    /// student's rows in earlier files, and whether the student's rows need the window: not all of them numbered
    /// densely (every file's <c>seq_pos</c> exactly 0 to n - 1, each once), or the student is one of
    /// <paramref name="alsoWindowed"/> (a SELECT of user ids, or null). <c>raw</c> must exist.
    /// </summary>
    /// <remarks>
    /// The proof needs no sort and no distinct count: within a (student, file) group, <c>seq_pos - rowid</c> is the
    /// same for every row and equals <c>-min(rowid)</c>, and the rowids span exactly as many values as the group has
    /// rows. Row ids are unique, so the <c>seq_pos</c> values are then 0 to n - 1, each once. Whatever order DuckDB
    /// gave the rowids, a group that passes is dense; file order (the load keeps it) only makes every group pass.
    /// </remarks>
    public static (string Label, string Sql) FileBlocks(string? alsoWindowed) => ("row order", $"""
        CREATE TABLE st_file_blocks AS
        SELECT user_id, _file,
               CAST(sum(count(*)) OVER (PARTITION BY user_id ORDER BY _file) - count(*) AS BIGINT) AS earlier,
               NOT bool_and(max(rowid) - min(rowid) + 1 = count(*) AND min(seq_pos - rowid) = -min(rowid) AND max(seq_pos - rowid) = -min(rowid))
                   OVER (PARTITION BY user_id){(alsoWindowed is null ? "" : $"\n       OR user_id IN ({alsoWindowed})")} AS windowed
        FROM raw GROUP BY user_id, _file
        """);

    /// <summary>The position of a row <c>r</c> joined to its <c>st_file_blocks</c> row <c>b</c>, for students not windowed.</summary>
    public const string NumberedPos = "r.seq_pos + 1 + b.earlier";

    /// <summary>The same position computed with a window (any student): <c>r</c> is <c>raw</c>, <c>s</c> its <c>st_skills</c> row.</summary>
    public const string WindowOrder = "PARTITION BY r.user_id ORDER BY r._file, r.seq_pos, s.skill_id";
}
