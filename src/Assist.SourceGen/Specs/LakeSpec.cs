using Assist.SourceGen.Diagnostics;
using Assist.SourceGen.Infrastructure;

namespace Assist.SourceGen.Specs;

/// <summary>Everything the emitters need, built once per change of the schema files or the root namespace.</summary>
/// <remarks>
/// Cacheability contract: sealed records of strings, numbers, bools, enums and <see cref="EquatableArray{T}"/> only,
/// no Roslyn or schema-model objects, so equal schemas give equal specs and downstream steps report Unchanged.
/// </remarks>
/// <param name="Root">The <c>Lake</c> root class.</param>
/// <param name="Entities">One per table, in declaration order.</param>
/// <param name="Enums">One per enumeration.</param>
/// <param name="Xref">The external references registration, or null when the schema declares no xref section.</param>
/// <param name="Diagnostics">Schema and generator problems, reported from their own output.</param>
internal sealed record LakeSpec(
    RootSpec Root,
    EquatableArray<EntitySpec> Entities,
    EquatableArray<EnumSpec> Enums,
    XrefSpec? Xref,
    EquatableArray<DiagnosticInfo> Diagnostics);
