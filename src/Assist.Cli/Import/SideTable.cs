namespace Assist.Cli.Import;

/// <summary>
/// A table of file columns the lake has no place for, written to <c>&lt;lake&gt;/_side/&lt;format&gt;/&lt;name&gt;/</c>
/// (LocalLake shows it as the view <c>"_side"."&lt;format&gt;"."&lt;name&gt;"</c> for hand-written SQL).
/// </summary>
/// <param name="Name">The table folder name.</param>
/// <param name="Select">The SELECT that gives its rows, in a stable order.</param>
/// <param name="Description">What a row is and what the columns mean.</param>
internal sealed record SideTable(string Name, string Select, string Description);
