namespace Assist.Cli.Submissions.Reviewing;

/// <summary>
/// How Athena charges a query: per byte scanned, rounded up to the next megabyte, with a minimum per query.
/// Binary units (1 MB = 2^20 bytes, 1 TB = 2^40 bytes).
/// </summary>
/// <param name="UsdPerTerabyte">Price per TB scanned (Athena: $5).</param>
/// <param name="MinimumBytes">The minimum billed per query (Athena: 10 MB).</param>
internal sealed record ScanPricing(decimal UsdPerTerabyte, long MinimumBytes)
{
    private const long Megabyte = 1L << 20;
    private const decimal Terabyte = 1L << 40;

    /// <summary>Athena's published price: $5 per TB, 10 MB minimum.</summary>
    public static ScanPricing Athena { get; } = new(5m, 10 * Megabyte);

    /// <summary>The cost of one query scanning <paramref name="bytes"/>, in dollars rounded to a hundredth of a cent.</summary>
    public decimal CostUsd(long bytes)
    {
        var billed = Math.Max(bytes, MinimumBytes);
        var megabytes = (billed + Megabyte - 1) / Megabyte;
        return Math.Round(megabytes * Megabyte / Terabyte * UsdPerTerabyte, 4, MidpointRounding.AwayFromZero);
    }
}
