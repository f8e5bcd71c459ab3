using System.Linq;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Emitting;

/// <summary>Writes an entity's <c>TableMetadata</c> field and the module initializer that registers it and its navigations.</summary>
internal static class EntityMetadataEmitter
{
    /// <summary>The <c>s_table</c> field.</summary>
    public static void WriteTableField(SourceWriter writer, EntitySpec entity)
    {
        writer.Line("private static readonly " + MetadataNames.TableMetadata + " s_table = new " + MetadataNames.TableMetadata + "(");
        writer.Indent();
        writer.Line(Literal.String(entity.Catalog) + ",");
        writer.Line(Literal.String(entity.Schema) + ",");
        writer.Line(Literal.String(entity.Table) + ",");
        writer.Line("typeof(" + entity.FullName + "),");
        writer.Line("new " + MetadataNames.ColumnMetadata + "[]");
        writer.OpenBlock();
        foreach (var c in entity.Columns)
        {
            writer.Line("new " + MetadataNames.ColumnMetadata + "(" + string.Join(", ", new[]
            {
                Literal.String(c.SqlName),
                Literal.String(c.PropertyName.TrimStart('@')),
                c.TypeExpression,
                "typeof(" + c.TypeOfType + ")",
                Literal.Bool(c.IsNullable),
                Literal.Bool(c.IsPii),
                Literal.String(c.Description),
            }) + "),");
        }

        writer.CloseBlock(",");
        writer.Line("new string[] { " + string.Join(", ", entity.PrimaryKey.Select(k => Literal.String(k))) + " },");
        if (entity.PersonPath is not { } person)
        {
            writer.Line(Literal.String(entity.Description) + ");");
            writer.Outdent();
            return;
        }

        writer.Line(Literal.String(entity.Description) + ")");
        writer.Outdent();
        writer.OpenBlock();
        writer.Line("PersonPath = new " + MetadataNames.PersonPathMetadata + "(");
        writer.Indent();
        var steps = person.Steps.Select(s =>
            "new " + MetadataNames.PersonPathStep + "(" + Literal.String(s.Column) + ", " + Literal.String(s.TargetTable) + ", " + Literal.String(s.TargetColumn) + ")");
        writer.Line(person.Steps.Count == 0
            ? "new " + MetadataNames.PersonPathStep + "[0],"
            : "new " + MetadataNames.PersonPathStep + "[] { " + string.Join(", ", steps) + " },");
        writer.Line(Literal.String(person.PersonTable) + ",");
        writer.Line(Literal.String(person.PersonColumn) + ",");
        writer.Line(Literal.String(person.WhenColumn) + ",");
        writer.Line(Literal.Long(person.WhenCode) + "),");
        writer.Outdent();
        writer.CloseBlock(";");
    }

    /// <summary>The module initializer registering the table and every navigation.</summary>
    public static void WriteRegistration(SourceWriter writer, EntitySpec entity)
    {
        writer.Line("[" + MetadataNames.ModuleInitializer + "]");
        writer.Line("[" + MetadataNames.EditorBrowsableNever + "]");
        writer.Line("internal static void " + MetadataNames.RegisterMethod + "()");
        writer.OpenBlock();
        writer.Line(MetadataNames.LakeModel + ".Register(s_table);");
        foreach (var n in entity.Navigations)
        {
            writer.Line(MetadataNames.LakeModel + ".Register(new " + MetadataNames.NavigationMetadata + "(");
            writer.Indent();
            writer.Line(MetadataNames.NavigationKind + "." + n.Kind + ",");
            writer.Line("typeof(" + entity.FullName + "),");
            writer.Line(Literal.String(n.MethodName.TrimStart('@')) + ",");
            writer.Line("typeof(" + n.TargetType + "),");
            writer.Line(Literal.String(n.SourceColumn) + ",");
            writer.Line(Literal.String(n.TargetColumn) + ",");
            writer.Line(Literal.Long(n.XrefTypeId) + ",");
            writer.Line(Literal.Long(n.DefaultPartnerId) + ",");
            writer.Line(Literal.Bool(n.IsOptional) + "));");
            writer.Outdent();
        }

        writer.CloseBlock();
    }
}
