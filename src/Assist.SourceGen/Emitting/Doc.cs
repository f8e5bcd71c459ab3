using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Assist.SourceGen.Infrastructure;

namespace Assist.SourceGen.Emitting;

/// <summary>Writes XML doc comments from YAML text: escaped, one <c>///</c> line per source line.</summary>
internal static class Doc
{
    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary><c>&lt;c&gt;text&lt;/c&gt;</c>, escaped.</summary>
    public static string Code(string text) => "<c>" + Escape(text) + "</c>";

    /// <summary>A number with thousands separators, the same on every machine.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Writes <c>&lt;summary&gt;</c> from plain text (escaped here).</summary>
    public static void Summary(SourceWriter writer, string? text, string fallback) =>
        Element(writer, "summary", Escape(string.IsNullOrWhiteSpace(text) ? fallback : text!.Trim()));

    /// <summary>Writes an element whose content is already XML (escaped by the caller).</summary>
    public static void Element(SourceWriter writer, string name, string xml)
    {
        var lines = SplitLines(xml);
        if (lines.Count == 1)
        {
            writer.Line("/// <" + name + ">" + lines[0] + "</" + name + ">");
            return;
        }

        writer.Line("/// <" + name + ">");
        foreach (var line in lines)
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.Line("/// </" + name + ">");
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            lines.Add(line.TrimEnd());
        }

        while (lines.Count > 1 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Joins sentences with a space, skipping empty ones.</summary>
    public static string Sentences(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary>Ensures a sentence ends with a full stop.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith(".", StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
