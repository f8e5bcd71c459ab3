namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// The generator's vocabulary: every operator, scalar translation and query operator it can emit. Each generated example
/// records the names it used; the coverage test reflects over these constants and fails when one never appears.
/// </summary>
public static class Construct
{
    /// <summary>a column of the row</summary>
    public const string Column = "Column";

    /// <summary>a captured local</summary>
    public const string CapturedValue = "CapturedValue";

    /// <summary>a constant</summary>
    public const string Constant = "Constant";

    /// <summary>a member through a required to-one navigation (l.Student().Grade)</summary>
    public const string NavigationToOne = "NavigationToOne";

    /// <summary>a member through an optional to-one navigation (s.Class().Title)</summary>
    public const string NavigationOptionalToOne = "NavigationOptionalToOne";

    /// <summary>a to-many navigation (s.Logs())</summary>
    public const string NavigationToMany = "NavigationToMany";

    /// <summary>+</summary>
    public const string Add = "Add";

    /// <summary>-</summary>
    public const string Subtract = "Subtract";

    /// <summary>*</summary>
    public const string Multiply = "Multiply";

    /// <summary>int / int</summary>
    public const string IntegerDivide = "IntegerDivide";

    /// <summary>double / double</summary>
    public const string DoubleDivide = "DoubleDivide";

    /// <summary>%</summary>
    public const string Modulo = "Modulo";

    /// <summary>unary -</summary>
    public const string Negate = "Negate";

    /// <summary>-(-x)</summary>
    public const string DoubleNegation = "DoubleNegation";

    /// <summary>Math.Abs</summary>
    public const string MathAbs = "MathAbs";

    /// <summary>Math.Floor</summary>
    public const string MathFloor = "MathFloor";

    /// <summary>Math.Ceiling</summary>
    public const string MathCeiling = "MathCeiling";

    /// <summary>Math.Round(x, n, MidpointRounding.AwayFromZero)</summary>
    public const string MathRoundAwayFromZero = "MathRoundAwayFromZero";

    /// <summary>(int)double</summary>
    public const string CastDoubleToInt = "CastDoubleToInt";

    /// <summary>(double)int</summary>
    public const string IntToDouble = "IntToDouble";

    /// <summary>an implicit conversion to T?</summary>
    public const string LiftToNullable = "LiftToNullable";

    /// <summary>c ? a : b</summary>
    public const string Conditional = "Conditional";

    /// <summary>a ?? b</summary>
    public const string Coalesce = "Coalesce";

    /// <summary>(a - b).TotalSeconds</summary>
    public const string TotalSeconds = "TotalSeconds";

    /// <summary>(a - b).TotalMinutes</summary>
    public const string TotalMinutes = "TotalMinutes";

    /// <summary>(a - b).TotalDays</summary>
    public const string TotalDays = "TotalDays";

    /// <summary>(a - b).Days</summary>
    public const string TimeSpanDays = "TimeSpanDays";

    /// <summary>DateTime.Date</summary>
    public const string DateTimeDate = "DateTimeDate";

    /// <summary>(x / 10).HasValue</summary>
    public const string HasValue = "HasValue";

    /// <summary>array.Contains(x) bound by C# 14 to MemoryExtensions.Contains over a span</summary>
    public const string ContainsSpan = "ContainsSpan";

    /// <summary>DateTime.AddDays</summary>
    public const string AddDays = "AddDays";

    /// <summary>DateTime.Year</summary>
    public const string DateTimeYear = "DateTimeYear";

    /// <summary>DateTime.Month</summary>
    public const string DateTimeMonth = "DateTimeMonth";

    /// <summary>DateTime.Day</summary>
    public const string DateTimeDay = "DateTimeDay";

    /// <summary>DateTime.Hour</summary>
    public const string DateTimeHour = "DateTimeHour";

    /// <summary>(int)DateTime.DayOfWeek</summary>
    public const string DateTimeDayOfWeek = "DateTimeDayOfWeek";

    /// <summary>string.ToUpper</summary>
    public const string ToUpper = "ToUpper";

    /// <summary>string.ToLower</summary>
    public const string ToLower = "ToLower";

    /// <summary>string.Substring</summary>
    public const string Substring = "Substring";

    /// <summary>string.Length</summary>
    public const string Length = "Length";

    /// <summary>string + string</summary>
    public const string ConcatStrings = "ConcatStrings";

    /// <summary>string + value</summary>
    public const string ConcatValue = "ConcatValue";

    /// <summary>$"{a}-{b}"</summary>
    public const string Interpolation = "Interpolation";

    /// <summary>string.Contains</summary>
    public const string StringContains = "StringContains";

    /// <summary>string.StartsWith</summary>
    public const string StartsWith = "StartsWith";

    /// <summary>string.EndsWith</summary>
    public const string EndsWith = "EndsWith";

    /// <summary>==</summary>
    public const string Equal = "Equal";

    /// <summary>!=</summary>
    public const string NotEqual = "NotEqual";

    /// <summary>&lt;</summary>
    public const string LessThan = "LessThan";

    /// <summary>&lt;=</summary>
    public const string LessThanOrEqual = "LessThanOrEqual";

    /// <summary>&gt;</summary>
    public const string GreaterThan = "GreaterThan";

    /// <summary>&gt;=</summary>
    public const string GreaterThanOrEqual = "GreaterThanOrEqual";

    /// <summary>x == null</summary>
    public const string IsNull = "IsNull";

    /// <summary>x != null</summary>
    public const string IsNotNull = "IsNotNull";

    /// <summary>&amp;&amp;</summary>
    public const string AndAlso = "AndAlso";

    /// <summary>||</summary>
    public const string OrElse = "OrElse";

    /// <summary>!</summary>
    public const string Not = "Not";

    /// <summary>!!</summary>
    public const string DoubleNot = "DoubleNot";

    /// <summary>a &amp;&amp; a, a || a</summary>
    public const string RepeatedOperand = "RepeatedOperand";

    /// <summary>(a == 1) == (b == 0)</summary>
    public const string PredicateEquality = "PredicateEquality";

    /// <summary>int[].Contains</summary>
    public const string ContainsInts = "ContainsInts";

    /// <summary>int?[].Contains</summary>
    public const string ContainsNullableInts = "ContainsNullableInts";

    /// <summary>string[].Contains</summary>
    public const string ContainsStrings = "ContainsStrings";

    /// <summary>min == null || x &gt;= min.Value</summary>
    public const string OptionalFilter = "OptionalFilter";

    /// <summary>s.Logs().Count()</summary>
    public const string AggregateCount = "AggregateCount";

    /// <summary>s.Logs().Count(pred)</summary>
    public const string AggregateCountWhere = "AggregateCountWhere";

    /// <summary>s.Logs().Sum(...)</summary>
    public const string AggregateSum = "AggregateSum";

    /// <summary>s.Logs().Min(...)</summary>
    public const string AggregateMin = "AggregateMin";

    /// <summary>s.Logs().Max(...)</summary>
    public const string AggregateMax = "AggregateMax";

    /// <summary>s.Logs().Average(...)</summary>
    public const string AggregateAverage = "AggregateAverage";

    /// <summary>s.Logs().Any()</summary>
    public const string Any = "Any";

    /// <summary>s.Logs().Any(pred)</summary>
    public const string AnyWhere = "AnyWhere";

    /// <summary>s.Logs().All(pred)</summary>
    public const string All = "All";

    /// <summary>Where</summary>
    public const string Where = "Where";

    /// <summary>whole entity rows as the result</summary>
    public const string EntityRows = "EntityRows";

    /// <summary>Select to new { ... }</summary>
    public const string Select = "Select";

    /// <summary>a projected bool comparison (Correct = l.Score == 1)</summary>
    public const string ProjectedComparison = "ProjectedComparison";

    /// <summary>a projection of captured values only</summary>
    public const string CapturedOnlyProjection = "CapturedOnlyProjection";

    /// <summary>Distinct</summary>
    public const string Distinct = "Distinct";

    /// <summary>OrderBy</summary>
    public const string OrderBy = "OrderBy";

    /// <summary>OrderByDescending</summary>
    public const string OrderByDescending = "OrderByDescending";

    /// <summary>ThenBy / ThenByDescending</summary>
    public const string ThenBy = "ThenBy";

    /// <summary>Skip</summary>
    public const string Skip = "Skip";

    /// <summary>Take</summary>
    public const string Take = "Take";

    /// <summary>GroupBy</summary>
    public const string GroupBy = "GroupBy";

    /// <summary>Where after GroupBy (HAVING)</summary>
    public const string Having = "Having";

    /// <summary>g.Count()</summary>
    public const string GroupCount = "GroupCount";

    /// <summary>g.Count(pred)</summary>
    public const string GroupCountWhere = "GroupCountWhere";

    /// <summary>g.Sum(...)</summary>
    public const string GroupSum = "GroupSum";

    /// <summary>g.Average(...)</summary>
    public const string GroupAverage = "GroupAverage";

    /// <summary>g.Min(...)</summary>
    public const string GroupMin = "GroupMin";

    /// <summary>g.Max(...)</summary>
    public const string GroupMax = "GroupMax";

    /// <summary>let xs = s.Logs().Where(...) then xs.Count(...)</summary>
    public const string LetFilteredNavigation = "LetFilteredNavigation";

    /// <summary>a chain of operators over rows, projections, pages and windows, in any order</summary>
    public const string OperatorChain = "OperatorChain";

    /// <summary>Window.RowNumber over a partition ordered by the row key</summary>
    public const string WindowRowNumber = "WindowRowNumber";

    /// <summary>Window.Lag of a value over a partition ordered by the row key</summary>
    public const string WindowLag = "WindowLag";

    /// <summary>Window.Sum running total over a partition ordered by the row key</summary>
    public const string WindowRunningSum = "WindowRunningSum";

    /// <summary>The prefix of the DateTime part constants: DateTime + part name gives <see cref="DateTimeYear"/> and the others.</summary>
    public static readonly string DatePart = "DateTime";
}
