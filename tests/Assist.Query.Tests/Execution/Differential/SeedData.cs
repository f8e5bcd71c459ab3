using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Execution.Differential;

/// <summary>
/// Small, hand-shaped rows with the cases that break translations: NULLs in every nullable column, values that make
/// integer division negative, ties in ordering, a user and a group with the same id (so a wrong xref join shows),
/// a group that is a member of another group, users with several partners, an assignment log with no problem logs.
/// </summary>
public static class SeedData
{
    public static readonly DateTime Day0 = new(2024, 9, 1, 0, 0, 0);

    public static readonly List<User> Users =
    [
        new() { Id = 1, Username = "ann@school.org", Created = Day0.AddDays(-30), BirthYear = 2010 },
        new() { Id = 2, Username = "bo_b@school.org", Created = null, BirthYear = 2011 },
        new() { Id = 3, Username = "cy%50@other.org", Created = Day0.AddDays(-3), BirthYear = null },
        new() { Id = 4, Username = null, Created = Day0, BirthYear = 2009 },
        new() { Id = 5, Username = "teacher@school.org", Created = Day0.AddDays(-400), BirthYear = 1980 },
        new() { Id = 6, Username = "im.teacher@school.org", Created = Day0.AddDays(-500), BirthYear = 1975 },
    ];

    public static readonly List<PrincipalGroupDefinition> Groups =
    [
        new() { Id = 1, Name = "Math 6A", GroupTypeId = GroupType.AssistmentsCourse, Enabled = true, CreatedAt = Day0 },
        new() { Id = 2, Name = "Math 6B", GroupTypeId = GroupType.AssistmentsCourse, Enabled = true, CreatedAt = Day0 },
    ];

    public static readonly List<PrincipalGroupMembership> Memberships =
    [
        new() { Id = 1, GroupId = 1, MemberTypeId = MemberType.User, MemberId = 2, Active = true, CreatedAt = Day0 },
        new() { Id = 2, GroupId = 1, MemberTypeId = MemberType.User, MemberId = 3, Active = true, CreatedAt = Day0 },
        new() { Id = 3, GroupId = 1, MemberTypeId = MemberType.PrincipalsGroup, MemberId = 2, Active = true, CreatedAt = Day0 },
        new() { Id = 4, GroupId = 2, MemberTypeId = MemberType.User, MemberId = 1, Active = true, CreatedAt = Day0 },
        new() { Id = 5, GroupId = 2, MemberTypeId = MemberType.User, MemberId = 4, Active = false, CreatedAt = Day0 },
    ];

    public static readonly List<Assignment> Assignments =
    [
        new() { Id = 10, AssigneeXid = 201, GroupContextXid = 201, ProblemSetId = 604751, OwnerXid = 105, ReleaseDate = Day0 },
        new() { Id = 11, AssigneeXid = 104, GroupContextXid = null, ProblemSetId = 604751, OwnerXid = 105, ReleaseDate = Day0.AddDays(7) },
        new() { Id = 12, AssigneeXid = 202, GroupContextXid = 202, ProblemSetId = 700001, OwnerXid = 106, ReleaseDate = null },
    ];

    public static readonly List<ExternalReference> ExternalReferences =
    [
        .. Users.Select(u => new ExternalReference { Id = 100 + u.Id, PartnerId = Partner.Tng, XrefTypeId = XrefType.User, TargetId = u.Id, Xref = "tng-" + u.Id }),

        // Users 1 and 2 also have a reference for another partner (7): only one per partner may be picked.
        new() { Id = 151, PartnerId = (Partner)7, XrefTypeId = XrefType.User, TargetId = 1, Xref = "lms-1" },
        new() { Id = 152, PartnerId = (Partner)7, XrefTypeId = XrefType.User, TargetId = 2, Xref = "lms-2" },
        .. Groups.Select(g => new ExternalReference { Id = 200 + g.Id, PartnerId = Partner.Tng, XrefTypeId = XrefType.Group, TargetId = g.Id, Xref = null }),
        .. Assignments.Select(a => new ExternalReference { Id = 300 + a.Id, PartnerId = Partner.Tng, XrefTypeId = XrefType.Assignment, TargetId = a.Id }),
    ];

    public static readonly List<TeacherSetting> TeacherSettings =
    [
        new() { Id = 1, TeacherId = 5, SchoolName = "North", CurriculumsTaught = "Engage NY/Eureka" },
        new() { Id = 2, TeacherId = 6, SchoolName = "South", CurriculumsTaught = "Engage NY/Eureka, IM K-12 Math by Illustrative Mathematics" },
        new() { Id = 3, TeacherId = 4, SchoolName = null, CurriculumsTaught = null },
    ];

    public static readonly List<AssignmentLog> AssignmentLogs =
    [
        new() { Id = 1, UserXid = 102, AssignmentXid = 310, StartTime = Day0.AddHours(9), EndTime = Day0.AddHours(10), ContinuousScore = 0.8 },
        new() { Id = 2, UserXid = 103, AssignmentXid = 310, StartTime = Day0.AddHours(9), EndTime = null, ContinuousScore = null },
        new() { Id = 3, UserXid = 104, AssignmentXid = 311, StartTime = Day0.AddDays(8), EndTime = Day0.AddDays(9), ContinuousScore = 0.5 },
        new() { Id = 4, UserXid = 101, AssignmentXid = 312, StartTime = Day0.AddDays(40), EndTime = Day0.AddDays(41).AddHours(-22), ContinuousScore = 1.0 },
        new() { Id = 5, UserXid = 102, AssignmentXid = 312, StartTime = Day0.AddDays(61), EndTime = null, ContinuousScore = 0.25 },
    ];

    public static readonly List<Problem> Problems =
    [
        new() { Id = 1, AssistmentId = 100, Position = 1, ProblemTypeId = (ProblemType)1, Name = "Ratios 1" },
        new() { Id = 2, AssistmentId = 100, Position = 2, ProblemTypeId = (ProblemType)8, Name = "Ratios 2" },
        new() { Id = 3, AssistmentId = null, Position = null, ProblemTypeId = (ProblemType)1, Name = null },
    ];

    public static readonly List<ProblemLog> ProblemLogs = BuildProblemLogs();

    public static readonly List<StudentAction> Actions =
    [
        .. ProblemLogs.Where(p => p.Id % 3 == 0).Select(p => new StudentAction
        {
            Id = p.Id, AssignmentLogId = p.AssignmentLogId, ActionDefnTypeId = p.HintCount > 0 ? ActionType.HintRequested : ActionType.ProblemStarted,
            Path = p.PathInfo, Timestamp = p.StartTime, ProblemId = p.ProblemId, Correct = p.DiscreteScore is null ? null : p.DiscreteScore == 1,
        }),
    ];

    private static List<ProblemLog> BuildProblemLogs()
    {
        var rows = new List<ProblemLog>();
        long id = 1;

        // Assignment log 5 deliberately has no problem logs (empty groups, LEFT JOINs, EXISTS).
        foreach (var logId in new long[] { 1, 2, 3, 4 })
        {
            for (var k = 0; k < 6; k++)
            {
                var n = (int)(id * 7 % 11);
                var start = SeedData.Day0.AddDays(logId * 9 + k).AddHours(k * 5 + 1).AddMinutes(n * 3);
                rows.Add(new ProblemLog
                {
                    Id = id,
                    AssignmentLogId = logId,
                    ProblemId = 1 + (id % 3),
                    PathInfo = k % 3 == 2 ? $"LPS1/#{1 + (id % 3)}/SP{id}/" : k == 4 ? null : $"LPS1/#{1 + (id % 3)}/",
                    StartTime = start,
                    EndTime = k == 5 ? null : start.AddMinutes(n * 7 + 1).AddSeconds(n),
                    FirstResponseTime = k == 1 ? null : n * 1000L,
                    FirstActionTypeId = k == 3 ? null : n % 2 == 0 ? FirstActionType.Answered : (FirstActionType)2,
                    AnswerText = k == 0 ? null : k == 2 ? "50%_off" : "x_" + n,
                    AttemptCount = 1 + (n % 4),
                    HintCount = n % 5,
                    BottomHint = k == 4 ? null : n % 4 == 0,
                    DiscreteScore = k == 5 ? null : n % 2,
                    ContinuousScore = k == 3 ? null : n / 10.0,
                });
                id++;
            }
        }

        return rows;
    }
}
