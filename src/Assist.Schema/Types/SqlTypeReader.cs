using System.Collections.Generic;
using System.Globalization;
using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>Recursive-descent reader over one type text; records the first error and stops.</summary>
internal sealed class SqlTypeReader
{
    // Deep enough for any real type; bounds recursion so a hostile file cannot overflow the stack.
    private const int MaxDepth = 32;

    private static readonly Dictionary<string, SqlTypeKind> SimpleTypes = new Dictionary<string, SqlTypeKind>(System.StringComparer.Ordinal)
    {
        ["boolean"] = SqlTypeKind.Boolean,
        ["integer"] = SqlTypeKind.Integer,
        ["bigint"] = SqlTypeKind.Bigint,
        ["real"] = SqlTypeKind.Real,
        ["double"] = SqlTypeKind.Double,
        ["varchar"] = SqlTypeKind.Varchar,
        ["varbinary"] = SqlTypeKind.Varbinary,
        ["date"] = SqlTypeKind.Date,
    };

    private static readonly Dictionary<string, string> Rejected = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        ["tinyint"] = "Athena's Iceberg tables cannot hold tinyint; use integer",
        ["smallint"] = "Athena's Iceberg tables cannot hold smallint; use integer",
        ["char"] = "Athena's Iceberg tables cannot hold char; use varchar",
    };

    private static readonly Dictionary<string, string> Synonyms = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        ["int"] = "integer",
        ["long"] = "bigint",
        ["float"] = "real or double",
        ["string"] = "varchar",
        ["text"] = "varchar",
        ["bool"] = "boolean",
        ["binary"] = "varbinary",
        ["datetime"] = "timestamp(6)",
        ["struct"] = "row(name T, ...)",
    };

    private readonly string _text;
    private int _position;

    public SqlTypeReader(string text)
    {
        _text = text;
    }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public bool AtEnd
    {
        get
        {
            SkipSpaces();
            return _position >= _text.Length;
        }
    }

    public string Rest => _text.Substring(_position).Trim();

    public SqlType? ReadType(int depth)
    {
        if (depth > MaxDepth)
        {
            return Fail(DiagnosticCodes.UnknownType, "the type is nested more than " + MaxDepth + " levels deep");
        }

        var word = ReadWord();
        if (word is null)
        {
            return Fail(DiagnosticCodes.UnknownType, _position >= _text.Length ? "a type is missing" : "expected a type name at '" + Rest + "'");
        }

        if (SimpleTypes.TryGetValue(word, out var kind))
        {
            if (Peek('('))
            {
                return Fail(DiagnosticCodes.UnknownType, "'" + word + "' takes no arguments; write it without a length or precision");
            }

            return SqlType.Simple(kind);
        }

        switch (word)
        {
            case "decimal": return ReadDecimal();
            case "timestamp": return ReadTimestamp();
            case "array": return ReadArray(depth);
            case "map": return ReadMap(depth);
            case "row": return ReadRow(depth);
        }

        if (Rejected.TryGetValue(word, out var reason))
        {
            return Fail(DiagnosticCodes.RejectedType, "'" + word + "' is not allowed: " + reason);
        }

        return Synonyms.TryGetValue(word, out var instead)
            ? Fail(DiagnosticCodes.UnknownType, "unknown type '" + word + "'; did you mean " + instead + "?")
            : Fail(DiagnosticCodes.UnknownType, "unknown type '" + word + "'");
    }

    private SqlType? ReadDecimal()
    {
        if (!Expect('(', "decimal needs a precision and a scale: decimal(p,s)"))
        {
            return null;
        }

        var precision = ReadInteger();
        if (precision is null || !Expect(',', "decimal needs a precision and a scale: decimal(p,s)"))
        {
            return precision is null ? Fail(DiagnosticCodes.UnknownType, "decimal needs a precision and a scale: decimal(p,s)") : null;
        }

        var scale = ReadInteger();
        if (scale is null || !Expect(')', "expected ')' after the scale of decimal(p,s)"))
        {
            return scale is null ? Fail(DiagnosticCodes.UnknownType, "decimal needs a precision and a scale: decimal(p,s)") : null;
        }

        if (precision < 1 || precision > 38 || scale < 0 || scale > precision)
        {
            return Fail(DiagnosticCodes.DecimalBounds, "decimal(" + precision + "," + scale + ") is out of bounds: 1 <= p <= 38 and 0 <= s <= p");
        }

        return SqlType.DecimalOf(precision.Value, scale.Value);
    }

    private SqlType? ReadTimestamp()
    {
        if (!Peek('('))
        {
            return Fail(DiagnosticCodes.RejectedType, "bare 'timestamp' is not allowed: it means milliseconds in Trino casts; write timestamp(6) (Iceberg stores microseconds)");
        }

        Expect('(', "");
        var precision = ReadInteger();
        if (precision is null || !Expect(')', "expected ')' after the timestamp precision"))
        {
            return precision is null ? Fail(DiagnosticCodes.UnknownType, "timestamp needs a precision: timestamp(6)") : null;
        }

        if (precision > 6)
        {
            return Fail(DiagnosticCodes.TimestampPrecision, "timestamp(" + precision + ") is out of bounds: the precision is 0..6 (Iceberg stores microseconds, timestamp(6))");
        }

        var save = _position;
        if (ReadWord() == "with")
        {
            if (ReadWord() != "time" || ReadWord() != "zone")
            {
                return Fail(DiagnosticCodes.UnknownType, "expected 'with time zone' after timestamp(" + precision + ")");
            }

            return SqlType.TimestampOf(precision.Value, withTimeZone: true);
        }

        _position = save;
        return SqlType.TimestampOf(precision.Value, withTimeZone: false);
    }

    private SqlType? ReadArray(int depth)
    {
        if (!Expect('(', "array needs an element type: array(T)"))
        {
            return null;
        }

        var element = ReadType(depth + 1);
        return element is not null && Expect(')', "expected ')' to close array(") ? SqlType.ArrayOf(element) : null;
    }

    private SqlType? ReadMap(int depth)
    {
        if (!Expect('(', "map needs a key and a value type: map(K,V)"))
        {
            return null;
        }

        var key = ReadType(depth + 1);
        if (key is null || !Expect(',', "map needs a key and a value type: map(K,V)"))
        {
            return null;
        }

        var value = ReadType(depth + 1);
        return value is not null && Expect(')', "expected ')' to close map(") ? SqlType.MapOf(key, value) : null;
    }

    private SqlType? ReadRow(int depth)
    {
        if (!Expect('(', "row needs fields: row(name T, ...)"))
        {
            return null;
        }

        var names = new List<string>();
        var types = new List<SqlType>();
        do
        {
            var name = Peek('"') ? ReadQuotedName() : ReadWord();
            if (name is null)
            {
                return Fail(DiagnosticCodes.UnknownType, "expected a field name in row(name T, ...)");
            }

            if (names.Contains(name))
            {
                return Fail(DiagnosticCodes.UnknownType, "row field '" + name + "' appears twice");
            }

            var type = ReadType(depth + 1);
            if (type is null)
            {
                return null;
            }

            names.Add(name);
            types.Add(type);
        }
        while (TryConsume(','));

        return Expect(')', "expected ',' or ')' in row(") ? SqlType.RowOf(names, types) : null;
    }

    private string? ReadWord()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && (char.IsLetter(_text[_position]) || _text[_position] == '_'
            || (_position > start && char.IsDigit(_text[_position]))))
        {
            _position++;
        }

        return _position == start ? null : _text.Substring(start, _position - start).ToLowerInvariant();
    }

    // Trino quotes a field name that is a keyword: row("select" integer). The name itself never holds a quote.
    private string? ReadQuotedName()
    {
        var close = _text.IndexOf('"', _position + 1);
        if (close < 0)
        {
            return null;
        }

        var name = _text.Substring(_position + 1, close - _position - 1);
        _position = close + 1;
        return name.Length == 0 || name.IndexOf('"') >= 0 ? null : name;
    }

    private int? ReadInteger()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        // More than 9 digits is out of every bound anyway; cap it so int.Parse cannot overflow.
        var digits = _text.Substring(start, _position - start);
        if (digits.Length == 0)
        {
            return null;
        }

        return digits.Length > 9 ? int.MaxValue : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
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

    private bool Expect(char c, string message)
    {
        if (TryConsume(c))
        {
            return true;
        }

        Fail(DiagnosticCodes.UnknownType, message);
        return false;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private SqlType? Fail(string code, string message)
    {
        if (ErrorCode is null)
        {
            ErrorCode = code;
            ErrorMessage = message;
        }

        return null;
    }
}
