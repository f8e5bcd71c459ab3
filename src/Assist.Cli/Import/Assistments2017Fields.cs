namespace Assist.Cli.Import;

/// <summary>
/// The 82 columns of the 2017 ASSISTments Data Mining Competition file, in the order of the original release, with
/// the types DuckDB reads them as. The importer needs the ids, times, counts, flags and skill; the other columns go to
/// side tables (student-level: <see cref="StudentLevel"/>; per-row features: everything else).
/// </summary>
internal static class Assistments2017Fields
{
    /// <summary>The student-level columns (constant for a student), for the student_attributes side table.</summary>
    public static IReadOnlyList<string> StudentLevel { get; } =
    [
        "MiddleSchoolId", "InferredGender", "SY ASSISTments Usage", "AveKnow", "AveCarelessness", "AveCorrect", "NumActions",
        "AveResBored", "AveResEngcon", "AveResConf", "AveResFrust", "AveResOfftask", "AveResGaming", "MCAS", "Enrolled", "Selective", "isSTEM",
    ];

    /// <summary>Columns the lake tables take (the rest of the per-row columns go to problem_log_features).</summary>
    public static IReadOnlyList<string> Mapped { get; } =
    [
        "studentId", "action_num", "skill", "problemId", "problemType", "assignmentId", "assistmentId", "startTime", "endTime",
        "correct", "original", "hintCount", "bottomHint", "attemptCount",
    ];

    // Declared before All: static initializers run in order.
    private static readonly (string Name, string Type)[] Columns =
    [
        ("studentId", "BIGINT"), ("MiddleSchoolId", "BIGINT"), ("InferredGender", "VARCHAR"), ("SY ASSISTments Usage", "VARCHAR"),
        ("AveKnow", "DOUBLE"), ("AveCarelessness", "DOUBLE"), ("AveCorrect", "DOUBLE"), ("NumActions", "BIGINT"),
        ("AveResBored", "DOUBLE"), ("AveResEngcon", "DOUBLE"), ("AveResConf", "DOUBLE"), ("AveResFrust", "DOUBLE"),
        ("AveResOfftask", "DOUBLE"), ("AveResGaming", "DOUBLE"), ("action_num", "BIGINT"), ("skill", "VARCHAR"),
        ("problemId", "BIGINT"), ("problemType", "VARCHAR"), ("assignmentId", "BIGINT"), ("assistmentId", "BIGINT"),
        ("startTime", "BIGINT"), ("endTime", "BIGINT"), ("timeTaken", "DOUBLE"), ("correct", "INTEGER"), ("original", "INTEGER"),
        ("hint", "INTEGER"), ("hintCount", "INTEGER"), ("hintTotal", "INTEGER"), ("scaffold", "INTEGER"), ("bottomHint", "INTEGER"),
        ("attemptCount", "INTEGER"), ("frIsHelpRequest", "INTEGER"), ("frPast5HelpRequest", "INTEGER"), ("frPast8HelpRequest", "INTEGER"),
        ("stlHintUsed", "INTEGER"), ("past8BottomOut", "INTEGER"), ("totalFrPercentPastWrong", "DOUBLE"), ("totalFrPastWrongCount", "BIGINT"),
        ("frPast5WrongCount", "BIGINT"), ("frPast8WrongCount", "BIGINT"), ("totalFrTimeOnSkill", "DOUBLE"), ("timeSinceSkill", "BIGINT"),
        ("frWorkingInSchool", "INTEGER"), ("totalFrAttempted", "BIGINT"), ("totalFrSkillOpportunities", "BIGINT"), ("responseIsFillIn", "INTEGER"),
        ("responseIsChosen", "INTEGER"), ("endsWithScaffolding", "INTEGER"), ("endsWithAutoScaffolding", "INTEGER"),
        ("frTimeTakenOnScaffolding", "DOUBLE"), ("frTotalSkillOpportunitiesScaffolding", "BIGINT"),
        ("totalFrSkillOpportunitiesByScaffolding", "DOUBLE"), ("frIsHelpRequestScaffolding", "INTEGER"), ("timeGreater5Secprev2wrong", "INTEGER"),
        ("sumRight", "BIGINT"), ("helpAccessUnder2Sec", "INTEGER"), ("timeGreater10SecAndNextActionRight", "INTEGER"),
        ("consecutiveErrorsInRow", "BIGINT"), ("sumTime3SDWhen3RowRight", "DOUBLE"), ("sumTimePerSkill", "DOUBLE"),
        ("totalTimeByPercentCorrectForskill", "DOUBLE"), ("Prev5count", "BIGINT"), ("timeOver80", "INTEGER"), ("manywrong", "INTEGER"),
        ("confidence(BORED)", "DOUBLE"), ("confidence(CONCENTRATING)", "DOUBLE"), ("confidence(CONFUSED)", "DOUBLE"),
        ("confidence(FRUSTRATED)", "DOUBLE"), ("confidence(OFF TASK)", "DOUBLE"), ("confidence(GAMING)", "DOUBLE"),
        ("RES_BORED", "DOUBLE"), ("RES_CONCENTRATING", "DOUBLE"), ("RES_CONFUSED", "DOUBLE"), ("RES_FRUSTRATED", "DOUBLE"),
        ("RES_OFFTASK", "DOUBLE"), ("RES_GAMING", "DOUBLE"), ("Ln-1", "DOUBLE"), ("Ln", "DOUBLE"), ("MCAS", "BIGINT"),
        ("Enrolled", "INTEGER"), ("Selective", "INTEGER"), ("isSTEM", "INTEGER"),
    ];

    /// <summary>Every column.</summary>
    public static IReadOnlyList<CsvField> All { get; } = Build();

    private static List<CsvField> Build()
    {
        var needed = new Dictionary<string, CsvField>(StringComparer.Ordinal)
        {
            ["studentId"] = CsvField.Needed("studentId", "BIGINT"),
            ["action_num"] = CsvField.Needed("action_num", "BIGINT") with { Unique = true },
            ["skill"] = CsvField.Needed("skill", "VARCHAR"),
            ["problemId"] = CsvField.Needed("problemId", "BIGINT"),
            ["problemType"] = CsvField.Needed("problemType", "VARCHAR"),
            ["assignmentId"] = CsvField.Needed("assignmentId", "BIGINT"),
            ["assistmentId"] = CsvField.Needed("assistmentId", "BIGINT"),
            ["startTime"] = CsvField.Needed("startTime", "BIGINT"),
            ["endTime"] = CsvField.Needed("endTime", "BIGINT", "{0} >= startTime", "not before startTime"),
            ["correct"] = CsvField.Flag("correct"),
            ["original"] = CsvField.Flag("original"),
            ["hintCount"] = CsvField.Needed("hintCount", "INTEGER", "{0} >= 0", "a whole number from 0"),
            ["bottomHint"] = CsvField.Flag("bottomHint"),
            ["attemptCount"] = CsvField.Needed("attemptCount", "INTEGER", "{0} >= 0", "a whole number from 0"),
        };
        // Columns the importer only keeps are read leniently (any number as DOUBLE): the full release has values the
        // sample does not show, and a side table need not be stricter than the file.
        return Columns.Select(c => needed.TryGetValue(c.Name, out var field)
            ? field
            : CsvField.Kept(c.Name, c.Type == "VARCHAR" || c.Name == "MiddleSchoolId" ? c.Type : "DOUBLE")).ToList();
    }

}
