using System.Reflection;
using System.Text;
using Assist.Query.Generative.Tests.Data;

namespace Assist.Query.Generative.Tests.Printing;

/// <summary>Prints an example's rows as C# collection initializers, to paste into a regression test.</summary>
public static class RowsPrinter
{
    public static string Print(LakeRows rows)
    {
        var text = new StringBuilder();
        Append(text, "classes", rows.Classes);
        Append(text, "students", rows.Students);
        Append(text, "logs", rows.Logs);
        return text.ToString();
    }

    private static void Append<T>(StringBuilder text, string name, IReadOnlyList<T> list)
    {
        text.Append("var ").Append(name).Append(" = new List<").Append(typeof(T).Name).Append(">\n{\n");
        foreach (var row in list)
        {
            var members = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => p.Name + " = " + CSharpPrinter.Literal(p.GetValue(row), p.PropertyType));
            text.Append("    new() { ").Append(string.Join(", ", members)).Append(" },\n");
        }

        text.Append("};\n");
    }
}
