using Assist.Schema.Model;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Parsing;

/// <summary>A navigation planned for a table, with the YAML place that caused it (for collision diagnostics).</summary>
/// <param name="Spec">The navigation.</param>
/// <param name="Origin">The column (or xref target) that declared it.</param>
internal sealed record PlannedNavigation(NavigationSpec Spec, SourceSpan Origin);
