using Assist.Query.Metadata;
using LakeRoot = Assist.Query.Tests.Lake.Lake;

namespace Assist.Query.Tests.Model;

/// <summary>Short names for the generated table sources used throughout the tests.</summary>
public static class TestLake
{
    public static TableSource<ExternalReference> ExternalReferences => LakeRoot.CasCore.Core.ExternalReferences;
    public static TableSource<User> Users => LakeRoot.CasCore.Users.Users;
    public static TableSource<TeacherSetting> TeacherSettings => LakeRoot.CasCore.MasterUser.TSetting;
    public static TableSource<PrincipalGroupDefinition> PrincipalGroupDefinitions => LakeRoot.CasCore.Groups.PrincipalGroupDefinitions;
    public static TableSource<PrincipalGroupMembership> PrincipalGroupMemberships => LakeRoot.CasCore.Groups.PrincipalGroupMemberships;
    public static TableSource<Assignment> Assignments => LakeRoot.CasCore.Core.Assignments;
    public static TableSource<AssignmentLog> AssignmentLogs => LakeRoot.CasCore.StudentData.AssignmentLogs;
    public static TableSource<ProblemLog> ProblemLogs => LakeRoot.CasCore.StudentData.ProblemLogs;
    public static TableSource<StudentAction> StudentActions => LakeRoot.CasCore.StudentData.Actions;
    public static TableSource<Problem> Problems => LakeRoot.CasContent.Core.Problems;

    /// <summary>Every generated table (running the generated module initializer first).</summary>
    public static IReadOnlyList<TableMetadata> All
    {
        get
        {
            System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(typeof(LakeRoot).Module.ModuleHandle);
            return [.. LakeModel.Tables.Where(t => t.EntityType.Assembly == typeof(LakeRoot).Assembly)];
        }
    }
}
