using Assist.Cli.Disclosure.Inputs;
using Assist.Cli.Disclosure.Reporting;
using Assist.Cli.Disclosure.Rules;

namespace Assist.Cli.Disclosure;

/// <summary>
/// The disclosure step of <c>assist run</c>: the child process writes raw results into <see cref="RawFolder"/> of the
/// staging folder; once review.json is staged, the parent applies the rules to them (or, for <c>--no-disclosure</c>,
/// only drops the persons and dominance columns) and writes the released files and reports next to the review files.
/// The raw folder is deleted with the staging folder; only released files are moved into place.
/// </summary>
/// <param name="Rules">The rules; null for <c>--no-disclosure</c>.</param>
internal sealed record RunDisclosure(DisclosureRules? Rules)
{
    /// <summary>Where, inside a staging folder, the child writes the raw results.</summary>
    public static string RawFolder(string staging) => Directory.CreateDirectory(Path.Combine(staging, "raw")).FullName;

    /// <summary>Releases the raw results of <paramref name="staging"/> into it; returns the console line.</summary>
    /// <exception cref="InvalidOperationException">A raw result does not match review.json (a bug between compiler and rules).</exception>
    public string Release(string staging, string format, string utc)
    {
        var review = ReviewPlanReader.Parse(File.ReadAllText(Path.Combine(staging, "review.json")), "review.json");
        var raw = RawFolder(staging);
        var released = staging;
        if (format == "parquet")
        {
            foreach (var output in review.Outputs)
            {
                ParquetResults.ToCsv(Path.Combine(raw, output.Name + ".parquet"), Path.Combine(raw, output.Name + ".csv"));
            }

            released = Directory.CreateDirectory(Path.Combine(staging, "released")).FullName;
        }

        DisclosureReport report;
        try
        {
            report = DisclosureRelease.Write(review, raw, "raw results", Rules, utc, released);
        }
        catch (DisclosureInputException e)
        {
            // The child wrote these files from the very SQL review.json describes: a mismatch is a bug, not bad input.
            throw new InvalidOperationException("the raw results of the run do not match review.json: " + e.Message, e);
        }

        if (format == "parquet")
        {
            foreach (var output in report.Outputs.Where(o => o.File is not null))
            {
                ParquetResults.ToParquet(Path.Combine(released, output.File!), Path.Combine(raw, output.Name + ".parquet"), Path.Combine(staging, output.Name + ".parquet"));
            }

            File.Move(Path.Combine(released, "disclosure.json"), Path.Combine(staging, "disclosure.json"));
            File.Move(Path.Combine(released, "disclosure.md"), Path.Combine(staging, "disclosure.md"));
        }

        return Rules is null
            ? "assist run: --no-disclosure: the files are RAW local results, the disclosure rules were not applied; they must not leave the enclave."
            : "assist run: disclosure control: " + report.Summary + " See disclosure.md.";
    }
}
