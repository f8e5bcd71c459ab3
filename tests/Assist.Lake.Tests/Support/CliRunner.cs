using Assist.Cli.Commands;

namespace Assist.Lake.Tests.Support;

/// <summary>Runs one verb as the dispatcher would: exit code, standard output and standard error; a usage error is exit 2.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Error)> Run(ICliCommand command, string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code;
        try
        {
            code = await command.RunAsync(args, new CliContext(output, error, workingDirectory, CancellationToken.None));
        }
        catch (Exception e) when (e.GetType().Name == "CliUsageException")
        {
            error.WriteLine(e.Message);
            code = ExitCodes.Usage;
        }

        return (code, output.ToString(), error.ToString());
    }
}
