namespace Assist.Query.Ast;

/// <summary>Scalar functions by meaning; each emitter spells them for its dialect.</summary>
internal enum SqlFunctionKind
{
    Lower,
    Upper,
    Length,
    Trim,
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
