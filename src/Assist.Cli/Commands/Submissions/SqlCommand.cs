using Assist.Cli.Arguments;
using Assist.Cli.Submissions;
using Assist.Cli.Submissions.Capture;

namespace Assist.Cli.Commands.Submissions;

/// <summary><c>assist sql file.cs --out dir</c>: an enclave submission becomes reviewed SQL, without touching data.</summary>
internal sealed class SqlCommand : ICliCommand
{
    private static readonly ArgumentParser Parser = new("sql", [.. SubmissionArguments.Shared, "dialect"], [], maxPositionals: 1);

    /// <inheritdoc />
    public IReadOnlyList<string> Path { get; } = ["sql"];

    /// <inheritdoc />
    public string Summary => "Compile an enclave submission to SQL with a review report (review.json, review.md).";

    /// <inheritdoc />
    public string Help =>
        $"""
        assist sql: compile an enclave submission to SQL and a review report, without touching any data.

        Usage:
          assist sql <file.cs> --out <dir> [--dialect athena|trino|duckdb] [--schema <dir>] [--timeout S] [--usd-per-tb N]

        <file.cs> is one file of top-level statements over the lake API that declares its outputs with
        Submission.Output(name, query) or Submission.RowLevelOutput(name, query, reason: ...). It is compiled
        against an allowlist (the lake, Assist.Query, LINQ, primitive types, dates, Math, Regex, collections;
        no files, network, processes, environment, reflection, threads, unsafe code, P/Invoke or dynamic), then
        run in a child process in capture mode: queries are built and translated, never executed.

        Writes to <dir>: <name>.sql per output, review.json and review.md (tables, columns, personal data,
        group keys, person-level outputs, estimated bytes scanned and cost). Files are staged and moved into
        <dir> only when every one is complete.

        Options:
          --out <dir>        Where to write the files.
          --dialect D        athena (default), trino or duckdb.
          --schema <dir>     The schema for scan estimates (rows, avg_bytes). Default: ./schema, else the lake's own.
          --timeout S        Seconds the capture may take before it is killed (default {CaptureLimits.DefaultTimeoutSeconds}).
          --usd-per-tb N     Athena's price per TB scanned (default 5; 10 MB minimum per query).
          --help             Show this help.

        Exit codes:
          0   the files were written
          1   the submission has errors, printed as file(line,col): error CODE: message (docs/diagnostics.md)
          2   the command line is wrong
          74  an output file could not be written

        Example:
          assist sql examples/submissions/per_student.cs --out review/per_student

        """;

    /// <inheritdoc />
    public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        var options = SubmissionArguments.Read("sql", parsed, parsed.Option("dialect") ?? "athena", lake: null, format: "csv");
        return SubmissionPipeline.RunAsync("sql", options, context);
    }
}
