using Assist.Query.Generative.Lake;
using Assist.Query.Generative.Lake.GenCore.School;
using Assist.Query.Generative.Tests.Generation;

namespace Assist.Query.Generative.Tests.Data;

/// <summary>
/// Random rows in narrow value domains, so NULLs (about 30%), ties, negative numbers, empty strings and case
/// differences are frequent. Foreign keys always point at existing rows (the lake's data does too).
/// </summary>
public static class RowsGenerator
{
    public static readonly DateTime Day0 = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly string[] s_texts = ["a", "b", "ab", "A", "", "b a", "Ab_%"];
    private static readonly double[] s_doubles = [-1.5, -0.5, 0, 0.5, 1, 2.5, 0.1, 1e-7];
    private static readonly int[] s_hours = [0, 1, 11, 12, 23];

    public static LakeRows Generate(Choices choices)
    {
        var classes = Enumerable.Range(1, 1 + choices.Pick(3))
            .Select(i => new SchoolClass
            {
                Id = i,
                Title = Text(choices),
                Capacity = SmallInt(choices),
                Opened = choices.Chance(30) ? null : DateOnly.FromDateTime(Day0.AddDays(choices.Pick(40) - 20)),
            })
            .ToList();
        var students = Enumerable.Range(1, 1 + choices.Pick(6))
            .Select(i => new Student
            {
                Id = i,
                Name = Text(choices),
                Grade = SmallInt(choices),
                Active = NullableBool(choices),
                ClassId = choices.Chance(30) ? null : 1 + choices.Pick(classes.Count),
                Enrolled = Timestamp(choices),
            })
            .ToList();
        var logs = Enumerable.Range(1, choices.Pick(13))
            .Select(i =>
            {
                var started = Timestamp(choices);
                return new Log
                {
                    Id = i,
                    StudentId = 1 + choices.Pick(students.Count),
                    Score = SmallInt(choices),
                    Hints = choices.Pick(6) - 2,
                    Ratio = choices.Chance(30) ? null : s_doubles[choices.Pick(s_doubles.Length)],
                    Correct = NullableBool(choices),
                    Started = started,
                    Ended = choices.Chance(30) ? null : started.AddSeconds(choices.Pick(5) * 1500.5 - 1000),
                    Kind = choices.Chance(30) ? null : (LogKind)(1 + choices.Pick(3)),
                    Note = Text(choices),
                };
            })
            .ToList();
        return new LakeRows(classes, students, logs);
    }

    private static int? SmallInt(Choices choices) => choices.Chance(30) ? null : choices.Pick(5) - 2;

    private static bool? NullableBool(Choices choices) => choices.Chance(30) ? null : choices.Pick(2) == 1;

    private static string? Text(Choices choices) => choices.Chance(30) ? null : s_texts[choices.Pick(s_texts.Length)];

    // Whole days, the hours around midnight and noon, and now and then milliseconds (timestamp(6) keeps them).
    private static DateTime Timestamp(Choices choices) =>
        Day0.AddDays(choices.Pick(35) - 3).AddHours(s_hours[choices.Pick(s_hours.Length)]).AddMilliseconds(choices.Chance(20) ? 250 : 0);
}
