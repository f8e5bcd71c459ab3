namespace Assist.Query;

/// <summary>Units for <see cref="Sql.UnitsBetween"/> and <see cref="Sql.BoundariesBetween"/>.</summary>
public enum DateUnit
{
    /// <summary>Seconds.</summary>
    Second,

    /// <summary>Minutes.</summary>
    Minute,

    /// <summary>Hours.</summary>
    Hour,

    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks (7 days; weeks start on Monday where boundaries matter).</summary>
    Week,

    /// <summary>Months.</summary>
    Month,

    /// <summary>Quarters.</summary>
    Quarter,

    /// <summary>Years.</summary>
    Year,
}
