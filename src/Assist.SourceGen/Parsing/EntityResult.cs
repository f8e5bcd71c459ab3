using Assist.SourceGen.Diagnostics;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Parsing;

/// <summary>One table's entity and the diagnostics building it gave (a left-out member, an unmapped column).</summary>
/// <param name="Spec">The entity.</param>
/// <param name="Diagnostics">Its own diagnostics, located.</param>
internal sealed record EntityResult(EntitySpec Spec, EquatableArray<DiagnosticInfo> Diagnostics);
