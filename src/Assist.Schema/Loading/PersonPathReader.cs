using System.Collections.Generic;
using System.Linq;
using Assist.Schema.Loading.Yaml;
using Assist.Schema.Model;

namespace Assist.Schema.Loading;

/// <summary>
/// Reads a table's <c>person:</c> key: a dotted path (<c>person: assignment_log_id.user_xid</c>), or a mapping with the
/// path and a condition on an enumeration column (<c>person: { path: member_id, when: { member_type_id: user } }</c>).
/// Only the form is checked here; the validator resolves the columns and references.
/// </summary>
internal static class PersonPathReader
{
    private static readonly string[] Keys = { "path", "when" };

    public static PersonPathDef? Read(YamlNode node, string table, FileContext context)
    {
        var what = "'person' of " + table;
        if (node is YamlScalar scalar)
        {
            return scalar.IsNull ? null : Path(scalar.Value, scalar.Span, what, context, null, null, SourceSpans.Empty);
        }

        if (node is not YamlMapping mapping)
        {
            context.Error(DiagnosticCodes.WrongNodeKind, what + " must be a path such as assignment_log_id.user_xid, or a mapping with path and when, not " + node.Describe(), node.Span);
            return null;
        }

        var reader = new MappingReader(mapping, what, Keys, context);
        var path = reader.String("path", required: true);
        var whenMap = reader.Mapping("when", required: false);
        string? whenColumn = null;
        string? whenValue = null;
        var spans = new Dictionary<string, SourceSpan>(System.StringComparer.Ordinal);
        if (whenMap is not null)
        {
            if (whenMap.Entries.Count != 1 || whenMap.Entries[0].Value is not YamlScalar value || value.IsNull)
            {
                context.Error(DiagnosticCodes.InvalidValue, "'when' of " + what + " must be one column and the value it must hold, e.g. { member_type_id: user }", whenMap.Span);
                return null;
            }

            whenColumn = whenMap.Entries[0].Key.Value;
            whenValue = value.Value;
            spans["when"] = whenMap.Entries[0].Key.Span;
            spans["when.value"] = value.Span;
        }

        return path is null ? null : Path(path, reader.Spans["path"], what, context, whenColumn, whenValue, spans);
    }

    private static PersonPathDef? Path(
        string text, SourceSpan span, string what, FileContext context, string? whenColumn, string? whenValue, IReadOnlyDictionary<string, SourceSpan> spans)
    {
        var steps = text.Split('.');
        if (steps.Any(s => s.Trim().Length == 0 || s.Trim() != s))
        {
            context.Error(DiagnosticCodes.InvalidValue, what + " is '" + text + "'; a path is column names joined by dots, e.g. assignment_log_id.user_xid", span);
            return null;
        }

        return new PersonPathDef(steps, whenColumn, whenValue, span) { ValueSpans = spans };
    }
}
