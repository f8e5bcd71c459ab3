namespace Assist.Query.Ast;

/// <summary>Scalar functions by meaning; each emitter spells them for its dialect.</summary>
internal enum SqlFunctionKind
{
    Lower,
    Upper,
    Length,

    /// <summary>Removes the characters of a set from both ends: arguments are the text and the set (a string literal).</summary>
    Trim,

    /// <summary>As <see cref="Trim"/>, from the start only.</summary>
    TrimStart,

    /// <summary>As <see cref="Trim"/>, from the end only.</summary>
    TrimEnd,
    Substring,
    Replace,
    StrPos,
    Coalesce,
    NullIf,
    Round,
    Floor,
    Truncate,
    CastToVarchar,
    Ceiling,
    Abs,
    Power,
    Sqrt,
    Ln,
    Log10,
    Exp,
    Sign,
    RegexMatch,
    RegexExtract,
    Year,
    Quarter,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    DayOfWeek,
    DayOfYear,
    TruncateDate,
    UnitsBetween,
    BoundariesBetween,
    AddInterval,

    /// <summary>Microseconds from the first timestamp to the second (a C# TimeSpan, <c>b - a</c>).</summary>
    MicrosecondsBetween,
}
