using Assist.Cli.Commands;

// Ctrl+C cancels the running verb instead of killing the process, so temp output is cleaned up.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var context = new CliContext(Console.Out, Console.Error, Directory.GetCurrentDirectory(), cancellation.Token);
return await CommandDispatcher.RunAsync(args, context).ConfigureAwait(false);
