using System.Runtime.InteropServices;
using System.Text;

namespace Assist.Query.Dialects;

/// <summary>
/// Emitted SQL with holes for values inlined as literals (Athena outside WHERE). Parameter markers are already in
/// the text, so a cached template renders with no re-emission: text pieces plus literal holes plus a slot list.
/// </summary>
internal sealed class SqlTemplate
{
    private readonly string[] _pieces;
    private readonly int[] _inlineSlots;
    private readonly int[] _parameterSlots;

    public SqlTemplate(string[] pieces, int[] inlineSlots, int[] parameterSlots)
    {
        _pieces = pieces;
        _inlineSlots = inlineSlots;
        _parameterSlots = parameterSlots;
    }

    /// <summary>Renders the statement for one set of slot values.</summary>
    public SqlText Render(IReadOnlyList<object?> values) => values switch
    {
        object?[] array => Render(array.AsSpan()),
        List<object?> list => Render(CollectionsMarshal.AsSpan(list)),
        _ => Render([.. values]),
    };

    /// <summary>Renders the statement for one set of slot values.</summary>
    public SqlText Render(ReadOnlySpan<object?> values)
    {
        string text;
        if (_inlineSlots.Length == 0)
        {
            text = _pieces[0];
        }
        else
        {
            var sb = new StringBuilder(_pieces[0]);
            for (var i = 0; i < _inlineSlots.Length; i++)
            {
                sb.Append(SqlLiterals.Render(values[_inlineSlots[i]]));
                sb.Append(_pieces[i + 1]);
            }

            text = sb.ToString();
        }

        if (_parameterSlots.Length == 0)
        {
            return new SqlText(text, []);
        }

        if (_parameterSlots.Length == 1)
        {
            return SqlText.WithOneParameter(text, values[_parameterSlots[0]]);
        }

        var parameters = new object?[_parameterSlots.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = values[_parameterSlots[i]];
        }

        return SqlText.WithParameters(text, parameters);
    }
}
