namespace Assist.Cli.Arguments;

/// <summary>A verb's arguments after parsing: positionals in order, options by name (without the leading dashes).</summary>
/// <param name="Positionals">Arguments that are not options, in the order given.</param>
/// <param name="Options">Options that take a value, by long name.</param>
/// <param name="Flags">Options without a value that were given.</param>
internal sealed record ParsedArguments(
    IReadOnlyList<string> Positionals,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlySet<string> Flags)
{
    /// <summary>The value of <c>--name</c>, or null when it was not given.</summary>
    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether the flag <c>--name</c> was given.</summary>
    public bool Flag(string name) => Flags.Contains(name);
}
