using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Assist.Cli.Arguments;
using Assist.Cli.Commands;
using Assist.Cli.Commands.Schema;
using Assist.Cli.Disclosure;
using Assist.Cli.Docs;
using Assist.Cli.SchemaInput;
using Assist.Cli.Submissions.Capture;
using Assist.Cli.Submissions.Compiling;
using Assist.Cli.Submissions.Plotting;
using Assist.Cli.Submissions.Reviewing;

namespace Assist.Cli.Submissions;

/// <summary>
/// The path both submission verbs share: read the file, compile it against the allowlist, capture it in a child
/// process (and, for <c>assist run</c>, run its outputs there), build the review and write every file through a
/// staging folder. Submission problems are printed as <c>file(line,col): error CODE: message</c> and give exit 1.
/// </summary>
internal static class SubmissionPipeline
{
    public static async Task<int> RunAsync(string verb, SubmissionOptions options, CliContext context)
    {
        SubmissionTimings.Start(verb);
        var path = Path.GetFullPath(options.File, context.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new CliUsageException($"assist {verb}: submission file '{options.File}' does not exist.");
        }

        // Three things that do not depend on each other run side by side: the schema (needed for the review), the
        // capture process's start-up (it waits for the compiled submission) and the Roslyn compile.
        var schemaLoad = Task.Run(() => SchemaSource.Load(options.Schema, context, verb), context.Cancellation);
        using var staging = OutputStaging.Create(Path.GetFullPath(options.Out, context.WorkingDirectory));
        var dataFolder = options.Lake is null ? null : options.Disclosure is null ? staging.Folder : RunDisclosure.RawFolder(staging.Folder);
        var request = new CaptureRequestOptions(options.Dialect, options.Lake, dataFolder, options.Format);
        await using var capture = CaptureProcess.Start(request, new CaptureLimits(options.Timeout, CaptureLimits.DefaultMemoryBytes));
        var bytes = await File.ReadAllBytesAsync(path, context.Cancellation).ConfigureAwait(false);
        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        var (compiled, compileProblems) = SubmissionCompiler.Compile(text, options.File);
        var schema = await schemaLoad.ConfigureAwait(false);
        SubmissionTimings.Mark("schema loaded (beside the compile)");
        if (schema.Result.HasErrors)
        {
            await SchemaReport.WriteDiagnosticsAsync(schema, context.Error).ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }

        if (compiled is null)
        {
            return await FailAsync(verb, compileProblems, context).ConfigureAwait(false);
        }

        var (result, failure) = await capture.RunAsync(compiled, context.Cancellation).ConfigureAwait(false);
        SubmissionTimings.Mark("capture (child process, total)");
        var problems = failure is not null ? [failure] : result!.Problems.ToList();
        if (result is { Outputs.Count: 0 } && problems.Count == 0)
        {
            problems.Add(new CapturedProblem("AS2304", "the submission declares no outputs: hand each result to Submission.Output(name, query)", 0));
        }

        if (problems.Count > 0)
        {
            return await FailAsync(verb, problems.Select(p => Locate(p, options.File, text)).ToList(), context).ConfigureAwait(false);
        }

        var info = new SubmissionInfo(Path.GetFileName(options.File), Convert.ToHexStringLower(SHA256.HashData(bytes)), ToolVersion,
            context.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), result!.Title, result.Purpose);
        var dialectName = SubmissionDialects.Find(options.Dialect)!.Name;
        var report = new ReviewBuilder(new ScanCostEstimator(schema.Result.Schema), options.Pricing).Build(info, dialectName, result.Outputs, result.Plots);
        var sql = result.Outputs.ToDictionary(o => o.Name, o => o.Sql.TrimEnd() + "\n", StringComparer.Ordinal);
        foreach (var (name, statement) in sql)
        {
            await staging.WriteAsync(name + ".sql", statement, context.Cancellation).ConfigureAwait(false);
        }

        await staging.WriteAsync("review.json", ReviewJson.Write(report), context.Cancellation).ConfigureAwait(false);
        await staging.WriteAsync("review.md", TemplateRenderer.Render("review", ReviewPage.From(report, sql)), context.Cancellation).ConfigureAwait(false);
        var disclosure = options.Disclosure?.Release(staging.Folder, options.Format, info.Utc);
        // Plots are drawn from the files as released, after the disclosure rules.
        var plots = options.Plots ? PlotWriter.Write(staging.Folder, result.Plots) : null;
        if (plots is { Problems.Count: > 0 })
        {
            return await FailAsync(verb, plots.Problems.Select(p => Locate(p, options.File, text)).ToList(), context).ConfigureAwait(false);
        }

        var written = staging.Commit();
        SubmissionTimings.Mark("review and files written");
        await context.Out.WriteLineAsync(
            $"assist {verb}: {SchemaReport.Plural(report.Outputs.Count, "output")} of {info.File} written to {options.Out} ({string.Join(", ", written)}); "
            + $"{SchemaReport.Plural(report.Problems.Count, "item")} for the reviewer; estimated scan {ReviewPage.Bytes(report.TotalEstimatedBytesScanned)}, {ReviewPage.Usd(report.EstimatedCostUsd)}.")
            .ConfigureAwait(false);
        if (disclosure is not null)
        {
            await context.Out.WriteLineAsync(disclosure).ConfigureAwait(false);
        }

        foreach (var line in plots?.NotDrawn ?? [])
        {
            await context.Out.WriteLineAsync("assist run: " + line).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> FailAsync(string verb, IReadOnlyList<SubmissionDiagnostic> problems, CliContext context)
    {
        foreach (var problem in problems)
        {
            await context.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        await context.Error.WriteLineAsync($"assist {verb}: {SchemaReport.Plural(problems.Count, "error")}; nothing was written.").ConfigureAwait(false);
        return ExitCodes.InputErrors;
    }

    // The capture knows lines only (CallerLineNumber); the column is where the Submission call starts on that line.
    private static SubmissionDiagnostic Locate(CapturedProblem problem, string file, string text)
    {
        var lines = text.Split('\n');
        var line = problem.Line >= 1 && problem.Line <= lines.Length ? problem.Line : 1;
        var column = problem.Line >= 1 ? Math.Max(lines[line - 1].IndexOf("Submission.", StringComparison.Ordinal), 0) + 1 : 1;
        return new SubmissionDiagnostic(file, line, column, problem.Code, problem.Message);
    }

    private static string ToolVersion =>
        typeof(SubmissionPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
