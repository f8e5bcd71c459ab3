namespace Assist.Cli.Docs.Views;

/// <summary>The enumerations page.</summary>
/// <param name="Enums">Every enumeration, in declaration order.</param>
internal sealed record EnumsPageView(IReadOnlyList<EnumView> Enums);
