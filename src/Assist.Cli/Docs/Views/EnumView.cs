namespace Assist.Cli.Docs.Views;

/// <summary>One enumeration with its values and the columns that use it.</summary>
/// <param name="Name">The enumeration name (also its anchor).</param>
/// <param name="Description">What the codes mean.</param>
/// <param name="CSharpType">The generated enum's full name.</param>
/// <param name="Values">The known values.</param>
/// <param name="UsedBy">Links to the columns taking values from it, or empty.</param>
internal sealed record EnumView(string Name, string Description, string CSharpType, IReadOnlyList<EnumValueView> Values, string UsedBy);

/// <summary>One enumeration value.</summary>
/// <param name="Value">The stored code.</param>
/// <param name="Name">The value name.</param>
/// <param name="Member">The generated C# member (<c>ActionType.HintRequested</c>).</param>
/// <param name="Description">What it means.</param>
internal sealed record EnumValueView(string Value, string Name, string Member, string Description);
