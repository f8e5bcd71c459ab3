using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Assist.Query;
using Assist.Query.Local;
using Assist.Query.Review;
using Assist.Submissions;

namespace Assist.Cli.Submissions.Capture;

/// <summary>
/// The child side of a capture: loads the compiled submission, runs its top-level statements in capture mode (queries
/// are built, never run), reviews each declared output in the requested dialect and, for <c>assist run</c>, runs it on
/// the local lake. Every failure becomes a <see cref="CapturedProblem"/> at a line of the submission.
/// </summary>
internal static class CaptureRunner
{
    /// <summary>
    /// What the child can do before the submission exists, while the parent compiles it: register the lake's metadata
    /// (a module initializer; it must run before anything asks LakeModel) and prepare the result's JSON contract.
    /// </summary>
    public static void WarmUp()
    {
        RuntimeHelpers.RunModuleConstructor(typeof(Assist.Lake.Lake).Module.ModuleHandle);
        _ = CaptureJson.Write(new CaptureResult(null, null, [], [], []));
    }

    public static async Task<CaptureResult> RunAsync(CaptureRequest request, CancellationToken cancellationToken)
    {
        var dialect = SubmissionDialects.Find(request.Dialect) ?? SqlDialect.Athena;
        WarmUp();
        Assembly assembly;
        using (var pe = File.OpenRead(request.AssemblyPath))
        using (var pdb = File.OpenRead(request.SymbolsPath))
        {
            assembly = AssemblyLoadContext.Default.LoadFromStream(pe, pdb);
        }

        SubmissionTimings.Mark("lake metadata, assembly loaded");
        var problems = new List<CapturedProblem>();
        var capture = SubmissionCapture.Begin();
        try
        {
            RunEntryPoint(assembly);
        }
#pragma warning disable CA1031 // Whatever the submission throws is reported against its own line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            problems.Add(ProblemOf(e is TargetInvocationException { InnerException: { } inner } ? inner : e, assembly));
        }
        finally
        {
            capture.Complete();
        }

        SubmissionTimings.Mark("submission ran (queries built)");
        problems.AddRange(capture.Problems.Select(p => new CapturedProblem(p.Code, p.Message, p.Location.Line)));
        var outputs = new List<CapturedOutput>();
        LocalLake? lake = null;
        try
        {
            if (request.Lake is not null && problems.Count == 0)
            {
                lake = LocalLake.Open(request.Lake);
            }

            foreach (var output in capture.Outputs)
            {
                var (captured, problem) = await ReviewAsync(output, dialect, lake, request, cancellationToken).ConfigureAwait(false);
                outputs.Add(captured);
                if (problem is not null)
                {
                    problems.Add(problem);
                }
            }
        }
        catch (LocalLakeException e)
        {
            problems.Add(new CapturedProblem("AS2406", "the lake cannot be read: " + e.Message, 0));
        }
        finally
        {
            if (lake is not null)
            {
                await lake.DisposeAsync().ConfigureAwait(false);
            }
        }

        SubmissionTimings.Mark("outputs translated and reviewed");
        var plots = capture.Plots.Select(p => new CapturedPlot(p.Name, p.Kind.ToString(), p.Output, p.X, p.Y, p.Group, p.Spread, p.Title, p.Location.Line)).ToList();
        return new CaptureResult(capture.Title, capture.Purpose, problems, outputs, plots);
    }

    private static async Task<(CapturedOutput Output, CapturedProblem? Problem)> ReviewAsync(
        DeclaredOutput output, SqlDialect dialect, LocalLake? lake, CaptureRequest request, CancellationToken cancellationToken)
    {
        QueryReview review;
        try
        {
            review = output.Review(dialect);
        }
        catch (Exception e) when (e is UntranslatableQueryException or NotSupportedException or InvalidOperationException)
        {
            return (Placeholder(output), new CapturedProblem("AS2405",
                $"output '{output.Name}' (Submission.{(output.RowLevel ? "RowLevelOutput" : "Output")} at line {output.Location.Line}) cannot be translated: {e.Message}", output.Location.Line));
        }

        long? rows = null;
        if (lake is not null && request.DataFolder is not null)
        {
            try
            {
                var path = Path.Combine(request.DataFolder, output.Name + "." + request.Format);
                rows = await OutputExporter.ExportAsync(lake, output.Review(SqlDialect.DuckDb), path, request.Format, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is LocalLakeException or DuckDB.NET.Data.DuckDBException or UntranslatableQueryException)
            {
                return (Captured(output, review, null), new CapturedProblem("AS2406", $"output '{output.Name}' could not run on the lake: {e.Message}", output.Location.Line));
            }
        }

        return (Captured(output, review, rows), null);
    }

    private static void RunEntryPoint(Assembly assembly)
    {
        var entry = assembly.EntryPoint ?? throw new InvalidOperationException("The submission has no top-level statements.");
        var arguments = entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
        if (entry.Invoke(null, arguments) is Task task)
        {
            task.GetAwaiter().GetResult();
        }
    }

    private static CapturedProblem ProblemOf(Exception e, Assembly submission)
    {
        var line = new StackTrace(e, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetMethod()?.Module.Assembly == submission && f.GetFileLineNumber() > 0)
            .Select(f => f.GetFileLineNumber())
            .FirstOrDefault();
        return e is OutOfMemoryException or InsufficientExecutionStackException
            ? new CapturedProblem("AS2402", "the submission ran out of memory while it was captured (the capture process has a memory limit)", line)
            : new CapturedProblem("AS2403", $"the submission threw {e.GetType().Name}: {e.Message}", line);
    }

    private static CapturedOutput Placeholder(DeclaredOutput output) =>
        new(output.Name, output.RowLevel, output.Reason, output.Location.Line, "", [], [], [], [], [], false, null, new CapturedDisclosure(null, null, null, []));

    private static CapturedOutput Captured(DeclaredOutput output, QueryReview review, long? rows) => new(
        output.Name,
        output.RowLevel,
        output.Reason,
        output.Location.Line,
        review.Sql.Text,
        review.Sql.Parameters.Select((p, i) => new CapturedParameter(i + 1, p.Value?.GetType().Name ?? "null", p.LiteralText)).ToList(),
        review.Tables,
        review.Columns.Select(c => new CapturedColumn(c.QualifiedName, c.IsPii, c.IsPersonIdentifier)).ToList(),
        review.Outputs.Select(o => new CapturedResultColumn(o.Name, o.Sources.Select(s => s.QualifiedName).ToList(), o.PiiSources.Select(s => s.QualifiedName).ToList(), o.IsPersonIdentifier)).ToList(),
        review.GroupKeys,
        review.IsPersonLevel,
        rows,
        new CapturedDisclosure(
            review.Disclosure.PersonsColumn,
            review.Disclosure.PersonPath,
            review.Disclosure.ManualReview,
            review.Disclosure.Columns.Select(c => new CapturedDisclosureColumn(c.Name, c.Kind.ToString().ToLowerInvariant(), c.DominanceColumn)).ToList()));
}
