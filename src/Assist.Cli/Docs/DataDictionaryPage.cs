namespace Assist.Cli.Docs;

/// <summary>One page to render: where it goes, which template, and the object the template reads.</summary>
/// <param name="Path">The page's path below the output folder, with '/' separators.</param>
/// <param name="Template">The template's name (Templates/&lt;name&gt;.scriban).</param>
/// <param name="Model">The view the template renders; its properties are the template's globals.</param>
internal sealed record DataDictionaryPage(string Path, string Template, object Model);
