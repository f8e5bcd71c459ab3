namespace Assist.Query.Ast;

/// <summary>A date/time unit as SQL names it (lower case in both dialects).</summary>
internal enum SqlDateUnit
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
