namespace Assist.Cli.Synth;

/// <summary>
/// The counts of the synthetic world, all derived from the number of students: about 25 students per class,
/// two classes per teacher, 400 students per school, 24 assignments per class over its school year (see <see cref="SynthCalendar"/>).
/// </summary>
internal sealed record WorldShape(int Students, int Schools, int Classes, int Teachers, int ProblemSets, int Skills, int AssignmentsPerClass, SynthCalendar Calendar)
{
    /// <summary>Days between the first and the last assignment of a class.</summary>
    public const int SchoolYearDays = 270;

    /// <summary>The slot each original problem gets inside an assignment log, in seconds (the problem and its scaffolding fit in it).</summary>
    public const int ProblemSlotSeconds = 600;

    /// <summary>Tutor-strategy ids reserved per problem (hints, explanation, scaffold strategy), so a hint id is arithmetic.</summary>
    public const int StrategiesPerProblem = 8;

    /// <summary>Problem-log ids reserved per assignment log: up to 12 originals with up to 4 scaffolding steps each.</summary>
    public const int ProblemLogsPerAssignmentLog = 64;

    /// <summary>Action ids reserved per problem log, so an action id is arithmetic and unique.</summary>
    public const int ActionsPerProblemLog = 16;

    /// <summary>Derives the world from the number of students.</summary>
    public static WorldShape For(int students, SynthCalendar calendar)
    {
        var classes = Math.Max(1, (students + 24) / 25);
        return new WorldShape(
            Students: students,
            Schools: Math.Max(1, (students + 399) / 400),
            Classes: classes,
            Teachers: Math.Max(1, (classes + 1) / 2),
            ProblemSets: Math.Clamp(students / 40, 40, 600),
            Skills: 40,
            AssignmentsPerClass: 24,
            Calendar: calendar);
    }
}
