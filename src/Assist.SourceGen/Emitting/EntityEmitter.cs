using System.Linq;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Emitting;

/// <summary>Writes one entity file: the class, its properties, navigations and metadata registration.</summary>
internal static class EntityEmitter
{
    /// <summary>The source of <paramref name="entity"/>.</summary>
    public static string Emit(EntitySpec entity)
    {
        var writer = new SourceWriter().FileHeader();
        writer.Line("namespace " + entity.Namespace + ";").Line();
        WriteClassDoc(writer, entity);
        writer.Line("public sealed partial class " + entity.ClassName + " : " + MetadataNames.IEntity + "<" + entity.FullName + ">");
        writer.OpenBlock();
        EntityMetadataEmitter.WriteTableField(writer, entity);
        writer.Line();
        writer.Line("static " + MetadataNames.TableMetadata + " " + MetadataNames.IEntity + "<" + entity.FullName + ">.Table => s_table;");
        foreach (var column in entity.Columns)
        {
            writer.Line();
            WriteProperty(writer, column);
        }

        foreach (var navigation in entity.Navigations)
        {
            writer.Line();
            WriteNavigation(writer, entity, navigation);
        }

        writer.Line();
        EntityMetadataEmitter.WriteRegistration(writer, entity);
        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteClassDoc(SourceWriter writer, EntitySpec entity)
    {
        Doc.Summary(writer, entity.Description, "A row of " + entity.QualifiedName + ".");
        var rows = entity.ApproxRows is null ? null : "About " + Doc.Count(entity.ApproxRows.Value) + " rows.";
        var key = entity.PrimaryKey.Count == 0
            ? "No primary key."
            : "Primary key: " + string.Join(", ", entity.PrimaryKey.Select(Doc.Code)) + ".";
        // Said once here rather than on every navigation: the generated files stay smaller and faster to compile.
        var navigations = entity.Navigations.Count == 0
            ? null
            : "Its navigation methods are joins: use them inside a query; called on a loaded object they throw <see cref=\""
                + MetadataNames.NavigationOutsideQuery + "\"/>.";
        Doc.Element(writer, "remarks", Doc.Sentences(
            "Table " + Doc.Code(entity.QualifiedName) + ".", rows, key, "Provenance: " + Doc.Escape(entity.Provenance) + ".", navigations));
    }

    private static void WriteProperty(SourceWriter writer, ColumnSpec column)
    {
        Doc.Summary(writer, column.Description, "Column " + column.SqlName + ".");
        var remarks = Doc.Sentences(
            "Column " + Doc.Code(column.SqlName) + ": " + Doc.Code(column.SqlType) + ", " + (column.IsNullable ? "nullable" : "not null") + ".",
            column.EnumType is null ? null : "Values of <see cref=\"" + column.EnumType + "\"/>.",
            column.References is null ? null : "Foreign key to " + Doc.Code(column.References) + ".",
            column.XrefKinds.Count == 0 ? null : "An external reference id of kind " + string.Join(" or ", column.XrefKinds.Select(Doc.Code)) + ".",
            column.Unit is null ? null : "Unit: " + Doc.Escape(column.Unit) + ".",
            column.IsPii ? "Personal data (PII): a query that reads it is reported." : null,
            "Provenance: " + Doc.Escape(column.Provenance) + ".");
        Doc.Element(writer, "remarks", remarks);
        var initializer = column.IsReferenceType && !column.IsNullable ? " = default!;" : "";
        writer.Line("public " + column.PropertyType + " " + column.PropertyName + " { get; init; }" + initializer);
    }

    private static void WriteNavigation(SourceWriter writer, EntitySpec entity, NavigationSpec navigation)
    {
        Doc.Summary(writer, navigation.Summary, navigation.MethodName);
        Doc.Element(writer, "remarks", "Inside a query this is " + Doc.Code(navigation.Join) + ".");
        if (navigation.PartnerParameter is not null)
        {
            writer.Line("/// <param name=\"partner\">The partner whose reference to reach.</param>");
        }

        writer.Line("/// <returns>The " + (navigation.Kind == NavigationSpecKind.ToMany ? "rows" : "row") + " the navigation reaches.</returns>");
        var parameters = navigation.PartnerParameter ?? "";
        writer.Line("public " + navigation.ReturnType + " " + navigation.MethodName + "(" + parameters + ") =>");
        writer.Indent();
        writer.Line("throw new " + MetadataNames.NavigationOutsideQuery + "(" + Literal.String(entity.ClassName) + ", " + Literal.String(navigation.MethodName) + ");");
        writer.Outdent();
    }
}
