using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Emitting;

/// <summary>Writes the registration of <c>XrefMetadata</c>, as a module initializer on the <c>Lake</c> class.</summary>
internal static class XrefEmitter
{
    /// <summary>The hint name of the registration file.</summary>
    public const string HintName = "Lake.Xref.g.cs";

    /// <summary>The source of <paramref name="xref"/>.</summary>
    public static string Emit(XrefSpec xref)
    {
        var writer = new SourceWriter().FileHeader();
        writer.Line("namespace " + xref.Namespace + ";").Line();
        writer.Line("public static partial class Lake");
        writer.OpenBlock();
        writer.Line("[" + MetadataNames.ModuleInitializer + "]");
        writer.Line("[" + MetadataNames.EditorBrowsableNever + "]");
        writer.Line("internal static void " + MetadataNames.RegisterMethod + "()");
        writer.OpenBlock();
        writer.Line(MetadataNames.LakeModel + ".Register(new " + MetadataNames.XrefMetadata + "(");
        writer.Indent();
        writer.Line("typeof(" + xref.EntityType + "),");
        writer.Line(Literal.String(xref.IdColumn) + ",");
        writer.Line(Literal.String(xref.TargetColumn) + ",");
        writer.Line(Literal.String(xref.TypeColumn) + ",");
        writer.Line(Literal.String(xref.PartnerColumn) + "));");
        writer.Outdent();
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
