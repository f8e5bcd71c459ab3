using System.Collections.Immutable;
using Assist.SourceGen.Diagnostics;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Parsing;

/// <summary>
/// The cross-file step's result: the combined and validated schema, split into what the later steps take. Not
/// equatable on purpose (any YAML edit makes a new one); each later step compares only its own part, so an entity
/// whose <see cref="EntityInput"/> did not change is neither built nor emitted again.
/// </summary>
internal sealed class LakeModel
{
    public LakeModel(RootSpec root, EquatableArray<EnumSpec> enums, XrefSpec? xref, EquatableArray<DiagnosticInfo> schemaDiagnostics, ImmutableArray<EntityInput> tables)
    {
        Root = root;
        Enums = enums;
        Xref = xref;
        SchemaDiagnostics = schemaDiagnostics;
        Tables = tables;
    }

    /// <summary>The Lake root.</summary>
    public RootSpec Root { get; }

    /// <summary>One spec per enumeration.</summary>
    public EquatableArray<EnumSpec> Enums { get; }

    /// <summary>The xref registration, or null.</summary>
    public XrefSpec? Xref { get; }

    /// <summary>The loader's and validator's diagnostics, located.</summary>
    public EquatableArray<DiagnosticInfo> SchemaDiagnostics { get; }

    /// <summary>One entity input per table, in declaration order.</summary>
    public ImmutableArray<EntityInput> Tables { get; }
}
