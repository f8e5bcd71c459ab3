using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Emitting;

/// <summary>Writes one generated C# enum.</summary>
internal static class EnumEmitter
{
    /// <summary>The source of <paramref name="spec"/>.</summary>
    public static string Emit(EnumSpec spec)
    {
        var writer = new SourceWriter().FileHeader();
        writer.Line("namespace " + spec.Namespace + ";").Line();
        Doc.Summary(writer, spec.Description, "The values of " + spec.SqlName + ".");
        Doc.Element(writer, "remarks", "Enumeration " + Doc.Code(spec.SqlName) + " of the lake schema; members are the codes stored in the lake.");
        writer.Line("public enum " + spec.Name + " : " + spec.UnderlyingType);
        writer.OpenBlock();
        for (var i = 0; i < spec.Members.Count; i++)
        {
            var member = spec.Members[i];
            if (i > 0)
            {
                writer.Line();
            }

            Doc.Summary(writer, member.Description, member.SqlName);
            writer.Line(member.Name + " = " + Literal.Integer(member.Value) + ",");
        }

        writer.CloseBlock();
        return writer.ToString();
    }
}
