using Assist.Query.Generative.Lake.GenCore.School;
using Assist.Query.Metadata;
using LakeRoot = Assist.Query.Generative.Lake.Lake;

namespace Assist.Query.Generative.Tests.Lake;

/// <summary>The fixture lake's table sources and tables, as the generated API gives them.</summary>
public static class FixtureLake
{
    /// <summary>The table source (a <c>Query&lt;T&gt;</c>) of <paramref name="entityType"/>.</summary>
    public static object Source(Type entityType) => entityType switch
    {
        _ when entityType == typeof(Log) => LakeRoot.GenCore.School.Logs,
        _ when entityType == typeof(Student) => LakeRoot.GenCore.School.Students,
        _ when entityType == typeof(SchoolClass) => LakeRoot.GenCore.School.Classes,
        _ => throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Not a table of the fixture lake."),
    };

    /// <summary>Every generated table of the fixture (running the generated module initializer first).</summary>
    public static IReadOnlyList<TableMetadata> Tables
    {
        get
        {
            System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(typeof(LakeRoot).Module.ModuleHandle);
            return [.. LakeModel.Tables.Where(t => t.EntityType.Assembly == typeof(LakeRoot).Assembly)];
        }
    }
}
