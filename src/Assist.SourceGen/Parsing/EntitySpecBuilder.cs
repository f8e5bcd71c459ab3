using System;
using System.Collections.Generic;
using System.Linq;
using Assist.Schema;
using Assist.Schema.Model;
using Assist.Schema.Navigation;
using Assist.Schema.Types;
using Assist.SourceGen.Diagnostics;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Parsing;

/// <summary>
/// Builds one table's entity spec and guards its member names: a member that would clash with another member, the
/// class name or an inherited <c>object</c> member is left out with ASG0002, so the generated code always compiles.
/// </summary>
internal static class EntitySpecBuilder
{
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    /// <summary>The entity of <paramref name="input"/>'s table, and the diagnostics building it gave.</summary>
    public static EntityResult Build(EntityInput input)
    {
        var table = input.Table;
        var index = input.Index;
        var locator = input.Locator;

        // Starts with the schema errors that explain a clash, so Claim does not repeat them; only what is added is returned.
        var diagnostics = new List<DiagnosticInfo>(input.Explained);
        var explained = diagnostics.Count;
        var className = Naming.EntityName(table);
        var taken = new HashSet<string>(ObjectMembers, StringComparer.Ordinal) { className };
        var columns = new List<ColumnSpec>();
        foreach (var column in table.Columns)
        {
            var spec = ColumnSpecBuilder.Build(column, index);
            if (spec is null)
            {
                ReportUnmapped(column, locator, diagnostics);
                continue;
            }

            if (Claim(taken, spec.PropertyName, table, column.Span, locator, diagnostics))
            {
                columns.Add(spec);
            }
        }

        var methods = new List<NavigationSpec>();
        foreach (var navigation in input.Navigations.OrderBy(n => Rank(n.Kind)))
        {
            if (Claim(taken, navigation.MethodName, table, navigation.Origin, locator, diagnostics))
            {
                methods.Add(NavigationSpecBuilder.Build(navigation, input.Plan, index));
            }
        }

        var ns = index.EntityNamespace(table);
        var entity = new EntitySpec(
            Naming.EntityNamespaceSuffix(table) + "." + className + ".g.cs",
            ns,
            className,
            index.EntityType(table),
            table.Catalog,
            table.Schema,
            table.Name,
            table.Description,
            ColumnSpecBuilder.ProvenanceText(table.Provenance),
            table.ApproxRows,
            table.PrimaryKey.ToEquatableArray(),
            columns.ToEquatableArray(),
            methods.ToEquatableArray(),
            PersonPath(table, index));
        return new EntityResult(entity, diagnostics.Skip(explained).ToEquatableArray());
    }

    // An invalid path was reported by the validator (AS0316 - AS0318); the table is then emitted without one.
    private static PersonPathSpec? PersonPath(TableDef table, LakeIndex index)
    {
        var path = ResolvedPersonPath.Resolve(table, index.FindTable, name => index.FindEnum(name), out _);
        return path is null
            ? null
            : new PersonPathSpec(
                path.Hops.Select(h => new PersonPathStepSpec(h.Column.Name, h.Target.QualifiedName, h.TargetColumn.Name)).ToEquatableArray(),
                path.PersonTable.QualifiedName,
                path.PersonColumn.Name,
                path.WhenColumn?.Name,
                path.WhenCode);
    }

    // The entity's own columns' navigations first, then the reverse ones other tables add, then ExternalReference.
    private static int Rank(LakeNavigationKind kind) =>
        kind == LakeNavigationKind.ToMany ? 1 : kind == LakeNavigationKind.ExternalReference ? 2 : 0;

    private static bool Claim(
        HashSet<string> taken,
        string name,
        TableDef table,
        SourceSpan origin,
        DiagnosticLocator locator,
        List<DiagnosticInfo> diagnostics)
    {
        if (taken.Add(name))
        {
            return true;
        }

        // The validator (AS0406 and neighbours) names most collisions already; only say what it did not.
        var explained = diagnostics.Exists(d => d.Level == DiagnosticLevel.Error && d.FilePath == origin.File && d.Line == origin.Line - 1);
        if (explained)
        {
            return false;
        }

        var why = Array.IndexOf(ObjectMembers, name) >= 0
            ? "would hide object." + name + "(), which C# entities cannot do"
            : name == Naming.EntityName(table) ? "would be named like its class" : "would be generated twice";
        diagnostics.Add(locator.Locate(
            GeneratorDiagnosticCodes.MemberNameCollision,
            DiagnosticLevel.Error,
            "member " + name + " of the entity of table '" + table.Name + "' " + why + "; it is left out. Rename the column, or set navigation:, inverse_navigation: or the table's entity:",
            origin));
        return false;
    }

    // A type that did not parse was reported by the loader, and a row or a too-wide decimal by the validator (AS0205, AS0206);
    // ASG0003 is the safety net for a type kind the loader learns before the generator maps it.
    private static void ReportUnmapped(ColumnDef column, DiagnosticLocator locator, List<DiagnosticInfo> diagnostics)
    {
        if (column.Type is null || LakeTypes.NotMappedReason(column.Type) is not null)
        {
            return;
        }

        diagnostics.Add(locator.Locate(
            GeneratorDiagnosticCodes.ColumnNotMapped,
            DiagnosticLevel.Warning,
            "Column " + column.Name + " has type " + column.Type + ", which has no C# mapping yet; it is left out of the generated entity.",
            column.Span));
    }

}
