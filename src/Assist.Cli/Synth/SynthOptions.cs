namespace Assist.Cli.Synth;

/// <summary>What <c>assist synth</c> generates: how many students, from which seed, into which folder.</summary>
/// <param name="OutputDirectory">The lake folder to create (<c>&lt;out&gt;/&lt;catalog&gt;/&lt;schema&gt;/&lt;table&gt;/</c>).</param>
/// <param name="Students">Number of students; every other count (schools, teachers, classes, logs) follows from it.</param>
/// <param name="Seed">Same seed, same bytes.</param>
/// <param name="Calendar">The school years; null means <see cref="SynthCalendar.Recent"/>.</param>
internal sealed record SynthOptions(string OutputDirectory, int Students, long Seed, SynthCalendar? Calendar = null)
{
    /// <summary>The default number of students: a lake of about a million problem logs.</summary>
    public const int DefaultStudents = 2500;

    /// <summary>The default seed.</summary>
    public const long DefaultSeed = 42;

    /// <summary>The school years the lake covers.</summary>
    public SynthCalendar SchoolYears => Calendar ?? SynthCalendar.Recent;
}
