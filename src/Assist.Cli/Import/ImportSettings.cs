namespace Assist.Cli.Import;

/// <summary>What an import needs besides its files.</summary>
/// <param name="SchoolYear">The first calendar year of the school year synthesized times fall in (2009 is 2009-10).</param>
internal sealed record ImportSettings(int SchoolYear)
{
    /// <summary>The lake's first school year (seeds/000: the lake holds data from 2018-19 on).</summary>
    public const int DefaultSchoolYear = 2018;
}
