using System;
using System.Collections.Generic;
using Assist.Schema.Model;

namespace Assist.Schema.Navigation;

/// <summary>
/// Every navigation of a lake, by declaring table, with the lookups that resolved them (the first declaration of a
/// duplicated table or enumeration wins, as in the generated code). Built by <see cref="NavigationPlanner.Plan"/>.
/// </summary>
public sealed class NavigationPlan
{
    private static readonly IReadOnlyList<LakeNavigation> None = new LakeNavigation[0];

    private readonly Dictionary<string, List<LakeNavigation>> _byTable = new Dictionary<string, List<LakeNavigation>>(StringComparer.Ordinal);
    private readonly List<LakeNavigation> _all = new List<LakeNavigation>();

    internal NavigationPlan(XrefDef? xref, TableDef? xrefTable, EnumDef? partnerEnum)
    {
        Xref = xref;
        XrefTable = xrefTable;
        PartnerEnum = partnerEnum;
    }

    /// <summary>The xref section when its table resolves, else null (no xref or external reference navigations then).</summary>
    public XrefDef? Xref { get; }

    /// <summary>The external references table, or null.</summary>
    public TableDef? XrefTable { get; }

    /// <summary>The partner enumeration of the xref section, or null.</summary>
    public EnumDef? PartnerEnum { get; }

    /// <summary>Every navigation, in planning order (tables in declaration order, then external references).</summary>
    public IReadOnlyList<LakeNavigation> All => _all;

    /// <summary>The navigations declared on <paramref name="qualifiedName"/>, in a stable order; empty when it has none.</summary>
    public IReadOnlyList<LakeNavigation> Of(string qualifiedName) =>
        _byTable.TryGetValue(qualifiedName, out var list) ? list : None;

    internal void Add(LakeNavigation navigation)
    {
        if (!_byTable.TryGetValue(navigation.Table.QualifiedName, out var list))
        {
            list = new List<LakeNavigation>();
            _byTable.Add(navigation.Table.QualifiedName, list);
        }

        list.Add(navigation);
        _all.Add(navigation);
    }
}
