using System.Collections.Generic;
using System.Globalization;
using Assist.Schema.Model;

namespace Assist.Schema;

/// <summary>Recursive-descent reader over one type text; records the first error and stops.</summary>
internal sealed class SqlTypeReader : TypeTextScanner
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

    public SqlTypeReader(string text)
        : base(text)
    {
    }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public bool AtEnd
    {
        get
        {
            SkipSpaces();
            return Position >= Text.Length;
        }
    }

    public string Rest => Text.Substring(Position).Trim();

    public SqlType? ReadType(int depth)
    {
        if (depth > MaxDepth)
        {
            return Fail(DiagnosticCodes.UnknownType, "the type is nested more than " + MaxDepth + " levels deep");
        }

        var word = ReadWord();
        if (word is null)
        {
            return Fail(DiagnosticCodes.UnknownType, Position >= Text.Length ? "a type is missing" : "expected a type name at '" + Rest + "'");
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

        var save = Position;
        if (ReadWord() == "with")
        {
            if (ReadWord() != "time" || ReadWord() != "zone")
            {
                return Fail(DiagnosticCodes.UnknownType, "expected 'with time zone' after timestamp(" + precision + ")");
            }

            return SqlType.TimestampOf(precision.Value, withTimeZone: true);
        }

        Position = save;
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
        var start = Position;
        while (Position < Text.Length && (char.IsLetter(Text[Position]) || Text[Position] == '_'
            || (Position > start && char.IsDigit(Text[Position]))))
        {
            Position++;
        }

        return Position == start ? null : Text.Substring(start, Position - start).ToLowerInvariant();
    }

    private int? ReadInteger()
    {
        SkipSpaces();
        var start = Position;
        while (Position < Text.Length && Text[Position] >= '0' && Text[Position] <= '9')
        {
            Position++;
        }

        // More than 9 digits is out of every bound anyway; cap it so int.Parse cannot overflow.
        var digits = Text.Substring(start, Position - start);
        if (digits.Length == 0)
        {
            return null;
        }

        return digits.Length > 9 ? int.MaxValue : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
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
