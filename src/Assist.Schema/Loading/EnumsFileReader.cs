using System;
using System.Collections.Generic;
using System.Globalization;
using Assist.Schema.Loading.Yaml;
using Assist.Schema.Model;

namespace Assist.Schema.Loading;

/// <summary>Reads an enumerations file: names, and values in the short (<c>1: user</c>) or long form.</summary>
internal static class EnumsFileReader
{
    private static readonly string[] EnumKeys = { "description", "values" };
    private static readonly string[] ValueKeys = { "name", "description" };

    public static IReadOnlyList<EnumDef> Read(MappingReader file, FileContext context)
    {
        var enums = new List<EnumDef>();
        var section = file.Mapping("enums", required: true);
        foreach (var entry in section?.Entries ?? new List<KeyValuePair<YamlScalar, YamlNode>>())
        {
            var name = entry.Key.Value;
            if (entry.Value is not YamlMapping body)
            {
                context.Error(DiagnosticCodes.WrongNodeKind, "enumeration '" + name + "' must be a mapping with description and values, not " + entry.Value.Describe(), entry.Value.Span);
                continue;
            }

            var what = "enumeration '" + name + "'";
            var reader = new MappingReader(body, what, EnumKeys, context);
            var description = reader.String("description", required: false);
            var values = new List<EnumValueDef>();
            var valueMap = reader.Mapping("values", required: true);
            if (valueMap is not null && valueMap.Entries.Count == 0)
            {
                context.Error(DiagnosticCodes.EmptyCollection, what + " has no values", valueMap.Span);
            }

            foreach (var value in valueMap?.Entries ?? new List<KeyValuePair<YamlScalar, YamlNode>>())
            {
                var parsed = ReadValue(value.Key, value.Value, what, context);
                if (parsed is not null)
                {
                    values.Add(parsed);
                }
            }

            var spans = new Dictionary<string, SourceSpan>(reader.Spans, StringComparer.Ordinal) { ["name"] = entry.Key.Span };
            enums.Add(new EnumDef(name, description, values, entry.Key.Span) { ValueSpans = spans });
        }

        return enums;
    }

    private static EnumValueDef? ReadValue(YamlScalar key, YamlNode body, string what, FileContext context)
    {
        if (!long.TryParse(key.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            context.Error(DiagnosticCodes.InvalidValue, "the values of " + what + " are keyed by their integer code, not '" + key.Value + "' (write e.g. 1: " + key.Value + ")", key.Span);
            return null;
        }

        if (body is YamlScalar shortForm && !shortForm.IsNull)
        {
            return new EnumValueDef(number, shortForm.Value, null, key.Span) { ValueSpans = NameSpan(shortForm.Span) };
        }

        if (body is not YamlMapping longForm)
        {
            context.Error(DiagnosticCodes.WrongNodeKind, "value " + key.Value + " of " + what + " must be a name or a mapping with name and description, not " + body.Describe(), body.Span);
            return null;
        }

        var reader = new MappingReader(longForm, "value " + key.Value + " of " + what, ValueKeys, context);
        var name = reader.String("name", required: true);
        var description = reader.String("description", required: false);
        return name is null ? null : new EnumValueDef(number, name, description, key.Span) { ValueSpans = NameSpan(reader.Spans["name"]) };
    }

    private static Dictionary<string, SourceSpan> NameSpan(SourceSpan span) =>
        new Dictionary<string, SourceSpan>(StringComparer.Ordinal) { ["name"] = span };
}
