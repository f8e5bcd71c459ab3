namespace Assist.Cli.Commands;

/// <summary>One verb of the <c>assist</c> command (<c>schema validate</c>, <c>synth</c>, <c>demo</c> ...).</summary>
internal interface ICliCommand
{
    /// <summary>The words that select the verb, e.g. <c>["schema", "validate"]</c>.</summary>
    IReadOnlyList<string> Path { get; }

    /// <summary>One line for the verb list.</summary>
    string Summary { get; }

    /// <summary>The full <c>--help</c> text: usage, arguments, options, exit codes, an example.</summary>
    string Help { get; }

    /// <summary>Internal verbs (the capture child process) are left out of the verb list.</summary>
    bool Hidden => false;

    /// <summary>Runs the verb with the arguments after its path. Returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CliContext context);
}
