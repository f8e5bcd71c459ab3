namespace Assist.Cli.Docs.Views;

/// <summary>One way to join a table, spelt out as SQL and, where the generated API has one, as a C# navigation.</summary>
/// <param name="Title">A Markdown line naming the columns and the table joined.</param>
/// <param name="Sql">A complete FROM ... JOIN ... fragment.</param>
/// <param name="CSharp">The generated navigation call, or empty when there is none.</param>
/// <param name="Note">A caution (nullable key, several kinds ...), or empty.</param>
internal sealed record JoinView(string Title, string Sql, string CSharp, string Note);
