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
internal sealed class DuckDbTypeReader : TypeTextScanner
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

    private DuckDbTypeReader(string text)
        : base(text)
    {
    }

    /// <summary>The lake type, or null with <paramref name="error"/> saying why.</summary>
    public static SqlType? Read(string text, out string? error)
    {
        var reader = new DuckDbTypeReader(text);
        try
        {
            var type = reader.ReadType();
            if (!reader.AtEnd)
            {
                throw new FormatException("unexpected '" + text.Substring(reader.Position) + "'");
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

    private bool AtEnd
    {
        get
        {
            SkipSpaces();
            return Position == Text.Length;
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
            var save = Position;
            var withTimeZone = ReadWord() == "WITH" && ReadWord() == "TIME" && ReadWord() == "ZONE";
            Position = withTimeZone ? Position : save;
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
            names.Add(Peek('"') ? ReadQuotedName() ?? throw new FormatException("unclosed or empty quoted field name") : ReadName());
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
        var start = Position;
        while (Position < Text.Length && (char.IsLetterOrDigit(Text[Position]) || Text[Position] == '_'))
        {
            Position++;
        }

        return Position == start ? null : Text.Substring(start, Position - start);
    }

    private int ReadNumber()
    {
        SkipSpaces();
        var start = Position;
        while (Position < Text.Length && char.IsDigit(Text[Position]))
        {
            Position++;
        }

        if (Position == start || Position - start > 9)
        {
            throw new FormatException("expected a number");
        }

        return int.Parse(Text.Substring(start, Position - start), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw new FormatException("expected '" + c + "'");
        }
    }
}
