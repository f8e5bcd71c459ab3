using Assist.SourceGen.Infrastructure;

namespace Assist.SourceGen.Specs;

/// <summary>One generated C# enum.</summary>
/// <remarks>Cacheability contract: see <see cref="LakeSpec"/>.</remarks>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="Namespace">The root namespace.</param>
/// <param name="Name">The C# enum name.</param>
/// <param name="SqlName">The YAML enumeration name.</param>
/// <param name="UnderlyingType"><c>int</c> or <c>long</c>, from the columns that use it.</param>
/// <param name="Description">The YAML description.</param>
/// <param name="Members">The members in declaration order.</param>
internal sealed record EnumSpec(
    string HintName,
    string Namespace,
    string Name,
    string SqlName,
    string UnderlyingType,
    string? Description,
    EquatableArray<EnumMemberSpec> Members);

/// <summary>One enum member.</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="SqlName">The YAML value name.</param>
/// <param name="Value">The stored code.</param>
/// <param name="Description">The YAML description.</param>
internal sealed record EnumMemberSpec(string Name, string SqlName, long Value, string? Description);
