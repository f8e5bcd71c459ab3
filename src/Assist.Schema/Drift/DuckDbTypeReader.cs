using System;
using System.Collections.Generic;
using System.Globalization;
using Assist.Schema.Model;

namespace Assist.Schema.Drift;

/// <summary>
/// Reads a type as DuckDB's <c>DESCRIBE</c> spells it (<c>DECIMAL(10,2)</c>, <c>BIGINT[]</c>, <c>STRUCT(a BIGINT)</c>)
/// back into the lake type that <see cref="Types.LakeTypes.DuckDbStorage"/> would store that way. Used when importing
/// a Parquet lake, never at query time. Types no lake column can have (TINYINT, HUGEINT, TIME, UUID ...) are errors.
/// </summary>
internal sealed class DuckDbTypeReader
{
    private static readonly Dictionary<string, SqlTypeKind> Simple = new Dictionary<string, SqlTypeKind>(StringComparer.Ordinal)
    {
        ["BOOLEAN"] = SqlTypeKind.Boolean,
        ["INTEGER"] = SqlTypeKind.Integer,
        ["BIGINT"] = SqlTypeKind.Bigint,
        ["FLOAT"] = SqlTypeKind.Real,
        ["DOUBLE"] = SqlTypeKind.Double,
        ["VARCHAR"] = SqlTypeKind.Varchar,
        ["BLOB"] = SqlTypeKind.Varbinary,
        ["DATE"] = SqlTypeKind.Date,
    };

    private readonly string _text;
    private int _position;

    private DuckDbTypeReader(string text)
    {
        _text = text;
    }

    /// <summary>The lake type, or null with <paramref name="error"/> saying why.</summary>
    public static SqlType? Read(string text, out string? error)
    {
        var reader = new DuckDbTypeReader(text);
        try
        {
            var type = reader.ReadType();
            reader.SkipSpaces();
            if (reader._position != text.Length)
            {
                throw new FormatException("unexpected '" + text.Substring(reader._position) + "'");
            }

            error = null;
            return type;
        }
        catch (FormatException e)
        {
            error = "the DuckDB type '" + text + "' has no lake type: " + e.Message;
            return null;
        }
    }

    private SqlType ReadType()
    {
        var word = ReadWord() ?? throw new FormatException("expected a type name");
        SqlType type;
        if (Simple.TryGetValue(word, out var kind))
        {
            type = SqlType.Simple(kind);
        }
        else if (word == "TIMESTAMP")
        {
            var save = _position;
            var withTimeZone = ReadWord() == "WITH" && ReadWord() == "TIME" && ReadWord() == "ZONE";
            _position = withTimeZone ? _position : save;
            type = SqlType.TimestampOf(6, withTimeZone);
        }
        else if (word == "TIMESTAMPTZ")
        {
            type = SqlType.TimestampOf(6, withTimeZone: true);
        }
        else if (word == "DECIMAL")
        {
            Expect('(');
            var precision = ReadNumber();
            Expect(',');
            var scale = ReadNumber();
            Expect(')');
            type = SqlType.DecimalOf(precision, scale);
        }
        else if (word == "MAP")
        {
            Expect('(');
            var key = ReadType();
            Expect(',');
            var value = ReadType();
            Expect(')');
            type = SqlType.MapOf(key, value);
        }
        else if (word == "STRUCT")
        {
            type = ReadStruct();
        }
        else
        {
            throw new FormatException("'" + word + "' is not a type a lake column can have");
        }

        while (TryConsume('['))
        {
            Expect(']');
            type = SqlType.ArrayOf(type);
        }

        return type;
    }

    private SqlType ReadStruct()
    {
        Expect('(');
        var names = new List<string>();
        var types = new List<SqlType>();
        do
        {
            SkipSpaces();
            names.Add(Peek('"') ? ReadQuoted() : ReadName());
            types.Add(ReadType());
        }
        while (TryConsume(','));

        Expect(')');
        return SqlType.RowOf(names, types);
    }

    private string? ReadWord()
    {
        var name = TryReadName();
        return name?.ToUpperInvariant();
    }

    private string ReadName() => TryReadName() ?? throw new FormatException("expected a field name");

    private string? TryReadName()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _position == start ? null : _text.Substring(start, _position - start);
    }

    private string ReadQuoted()
    {
        var close = _text.IndexOf('"', _position + 1);
        if (close < 0)
        {
            throw new FormatException("unclosed quoted field name");
        }

        var name = _text.Substring(_position + 1, close - _position - 1);
        _position = close + 1;
        return name;
    }

    private int ReadNumber()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && char.IsDigit(_text[_position]))
        {
            _position++;
        }

        if (_position == start || _position - start > 9)
        {
            throw new FormatException("expected a number");
        }

        return int.Parse(_text.Substring(start, _position - start), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private bool Peek(char c)
    {
        SkipSpaces();
        return _position < _text.Length && _text[_position] == c;
    }

    private bool TryConsume(char c)
    {
        if (!Peek(c))
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw new FormatException("expected '" + c + "'");
        }
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] == ' ')
        {
            _position++;
        }
    }
}
