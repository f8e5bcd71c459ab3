using Assist.Cli.Docs;

namespace Assist.Cli.Disclosure.Reporting;

/// <summary>The view disclosure.md is rendered from (Templates/disclosure.scriban).</summary>
internal sealed record DisclosurePage(DisclosureReport Report, IReadOnlyList<OutputReport> Outputs, IReadOnlyList<CellLine> Cells)
{
    /// <summary>The report with its free text made safe for Markdown tables and each cell's row keys written out.</summary>
    public static DisclosurePage From(DisclosureReport report) => new(
        report,
        report.Outputs.Select(o => o with { Reason = o.Reason is null ? null : Markdown.Text(o.Reason) }).ToList(),
        report.Cells.Select(c => new CellLine(
            c.Output,
            c.Row.Count == 0 ? "(whole output)" : string.Join(", ", c.Row.Select(k => $"{k.Column} = {(k.Value is null ? "(all)" : Markdown.Text(k.Value))}")),
            c.Column ?? "(all)",
            c.Action)).ToList());

    /// <summary>Renders disclosure.md.</summary>
    public static string Render(DisclosureReport report) => TemplateRenderer.Render("disclosure", From(report));
}

/// <summary>One cell touched, as a table row of disclosure.md.</summary>
internal sealed record CellLine(string Output, string Row, string Column, string Action);
