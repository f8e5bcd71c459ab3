using System.Globalization;
using System.Text;
using Xunit;

namespace Assist.TestKit;

/// <summary>
/// Parses SQL with the Trino grammar of the npm package dt-sql-parser 4.5.1 (tools/trino-check), through one
/// long-lived node process per test process. Every statement checked is recorded and written at process exit
/// to <c>trino-statements.sql</c> in the test output folder, so a run shows how many statements were parsed.
/// </summary>
public static class TrinoGrammar
{
    /// <summary>The file written next to the test assembly at process exit.</summary>
    public const string StatementLogFileName = "trino-statements.sql";

    private static readonly Lock s_gate = new();
    private static readonly List<CheckedStatement> s_checked = [];

    // Tests often check the same text twice (Trino and Athena agree); parsing it again cannot give another answer.
    private static readonly Dictionary<string, IReadOnlyList<TrinoSyntaxError>> s_answers = new(StringComparer.Ordinal);
    private static TrinoCheckProcess? s_process;

    static TrinoGrammar()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => OnProcessExit();
    }

    /// <summary>The folder of the node tool: tools/trino-check under the repository root.</summary>
    public static string ToolFolder => Path.Combine(RepositoryRoot.Path, "tools", "trino-check");

    /// <summary>Where the statement log goes at process exit.</summary>
    public static string StatementLogPath => Path.Combine(AppContext.BaseDirectory, StatementLogFileName);

    /// <summary>The syntax errors of <paramref name="sql"/> as <c>L1:23-24 missing 'BY' at 'a'</c>; empty when it parses.</summary>
    public static IReadOnlyList<string> Validate(string sql) => ValidateDetailed(sql).Select(e => e.ToString()).ToList();

    /// <summary>The syntax errors of <paramref name="sql"/> with their positions; empty when it parses.</summary>
    public static IReadOnlyList<TrinoSyntaxError> ValidateDetailed(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        lock (s_gate)
        {
            if (!s_answers.TryGetValue(sql, out var errors))
            {
                errors = ValidateWithRestart(sql).AsReadOnly();
                s_answers.Add(sql, errors);
            }

            s_checked.Add(new CheckedStatement(sql, errors.Count));
            return errors;
        }
    }

    /// <summary>Fails the test, quoting the errors and the numbered SQL, unless <paramref name="sql"/> parses as Trino.</summary>
    public static void AssertValid(string sql)
    {
        var errors = ValidateDetailed(sql);
        if (errors.Count > 0)
        {
            Assert.Fail(Describe(sql, errors));
        }
    }

    /// <summary>A copy of the statements checked so far in this process, in order.</summary>
    public static IReadOnlyList<string> CheckedStatements()
    {
        lock (s_gate)
        {
            return s_checked.Select(s => s.Sql).ToList();
        }
    }

    /// <summary>Writes every statement checked so far to <paramref name="path"/>, with a count header.</summary>
    public static void WriteStatementLog(string path)
    {
        string text;
        lock (s_gate)
        {
            text = FormatLog(s_checked);
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The failure message for <paramref name="errors"/>: each error, then the SQL with line numbers.</summary>
    public static string Describe(string sql, IReadOnlyList<TrinoSyntaxError> errors)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The Trino grammar (dt-sql-parser 4.5.1) rejected the statement with {errors.Count} error(s):\n");
        foreach (var error in errors)
        {
            text.Append("  ").Append(error).Append('\n');
        }

        text.Append("SQL:\n");
        var lines = sql.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var erroneousLines = errors.Select(e => e.StartLine).ToHashSet();
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = erroneousLines.Contains(i + 1) ? ">" : " ";
            text.Append(CultureInfo.InvariantCulture, $"{marker}{i + 1,4} | {lines[i]}\n");
        }

        return text.ToString();
    }

    /// <summary>The id of the node process currently serving checks, or null; lets a test kill it to prove the restart.</summary>
    internal static int? CurrentProcessId()
    {
        lock (s_gate)
        {
            return s_process is { IsAlive: true } ? s_process.ProcessId : null;
        }
    }

    private static List<TrinoSyntaxError> ValidateWithRestart(string sql)
    {
        // One retry: a process that died (or was killed after hanging) since the last call is replaced once.
        for (var attempt = 1; ; attempt++)
        {
            var process = EnsureProcess();
            try
            {
                return [.. process.Validate(sql)];
            }
            catch (TrinoCheckDiedException) when (attempt == 1)
            {
                process.Dispose();
                s_process = null;
            }
        }
    }

    private static TrinoCheckProcess EnsureProcess()
    {
        if (s_process is { IsAlive: true })
        {
            return s_process;
        }

        s_process?.Dispose();
        s_process = null;
        var folder = ToolFolder;
        EnsureInstalled(folder);
        s_process = TrinoCheckProcess.Start(folder);
        return s_process;
    }

    /// <summary>Throws, saying how to install it, when the tool's npm packages are missing.</summary>
    internal static void EnsureInstalled(string toolFolder)
    {
        if (!Directory.Exists(Path.Combine(toolFolder, "node_modules", "dt-sql-parser")))
        {
            throw new InvalidOperationException(
                $"The Trino grammar check needs its npm packages: {Path.Combine(toolFolder, "node_modules", "dt-sql-parser")} is missing. " +
                "Run `npm ci --prefix tools/trino-check` from the repository root.");
        }
    }

    private static string FormatLog(List<CheckedStatement> statements)
    {
        var distinct = statements.Select(s => s.Sql).Distinct(StringComparer.Ordinal).Count();
        var rejected = statements.Count(s => s.ErrorCount > 0);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"-- {statements.Count} statements parsed with the Trino grammar (dt-sql-parser 4.5.1), {distinct} distinct, {rejected} with syntax errors.\n");
        for (var i = 0; i < statements.Count; i++)
        {
            var verdict = statements[i].ErrorCount == 0 ? "ok" : string.Create(CultureInfo.InvariantCulture, $"{statements[i].ErrorCount} error(s)");
            text.Append(CultureInfo.InvariantCulture, $"\n-- [{i + 1}] {verdict}\n");
            text.Append(statements[i].Sql.TrimEnd()).Append(";\n");
        }

        return text.ToString();
    }

    private static void OnProcessExit()
    {
        lock (s_gate)
        {
            s_process?.Dispose();
            s_process = null;
        }

        try
        {
            WriteStatementLog(StatementLogPath);
        }
        catch (IOException)
        {
            // The log is a convenience for reporting; a read-only output folder must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    private sealed record CheckedStatement(string Sql, int ErrorCount);
}
