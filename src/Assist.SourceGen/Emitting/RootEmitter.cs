using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Emitting;

/// <summary>Writes the static <c>Lake</c> class: <c>Lake.CasCore.StudentData.ProblemLogs</c>.</summary>
internal static class RootEmitter
{
    /// <summary>The hint name of the root file.</summary>
    public const string HintName = "Lake.g.cs";

    /// <summary>The source of <paramref name="root"/>.</summary>
    public static string Emit(RootSpec root)
    {
        var writer = new SourceWriter().FileHeader();
        writer.Line("namespace " + root.Namespace + ";").Line();
        var catalog0 = root.Catalogs[0];
        var example = "Lake." + catalog0.PropertyName + "." + catalog0.Schemas[0].PropertyName + "." + catalog0.Schemas[0].Tables[0].PropertyName;
        Doc.Element(writer, "summary", "The lake: one property per catalog, schema and table. Start a query from a table: "
            + Doc.Code(example) + ".");
        writer.Line("public static partial class Lake");
        writer.OpenBlock();
        var first = true;
        foreach (var catalog in root.Catalogs)
        {
            first = Separate(writer, first);
            Doc.Summary(writer, catalog.Description, "Catalog " + catalog.Name + ".");
            writer.Line("public static " + catalog.ClassName + " " + catalog.PropertyName + " { get; } = new();").Line();
            Doc.Element(writer, "summary", "The schemas of catalog " + Doc.Code(catalog.Name) + ".");
            writer.Line("public sealed partial class " + catalog.ClassName);
            writer.OpenBlock();
            var firstSchema = true;
            foreach (var schema in catalog.Schemas)
            {
                firstSchema = Separate(writer, firstSchema);
                WriteSchema(writer, catalog, schema);
            }

            writer.CloseBlock();
        }

        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteSchema(SourceWriter writer, CatalogSpec catalog, SchemaSpec schema)
    {
        Doc.Summary(writer, schema.Description, "Schema " + catalog.Name + "." + schema.Name + ".");
        writer.Line("public " + schema.ClassName + " " + schema.PropertyName + " { get; } = new();").Line();
        Doc.Element(writer, "summary", "The tables of " + Doc.Code(catalog.Name + "." + schema.Name) + ".");
        writer.Line("public sealed partial class " + schema.ClassName);
        writer.OpenBlock();
        var first = true;
        foreach (var table in schema.Tables)
        {
            first = Separate(writer, first);
            var rows = table.ApproxRows is null ? "" : ", about " + Doc.Count(table.ApproxRows.Value) + " rows";
            var description = string.IsNullOrWhiteSpace(table.Description) ? "" : Doc.Sentence(Doc.Escape(table.Description!.Trim())) + " ";
            Doc.Element(writer, "summary", description + Doc.Code(table.QualifiedName) + rows + ".");
            writer.Line("public " + MetadataNames.TableSource + "<" + table.EntityType + "> " + table.PropertyName + " { get; } = new();");
        }

        writer.CloseBlock();
    }

    private static bool Separate(SourceWriter writer, bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        return false;
    }
}
