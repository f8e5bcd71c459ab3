namespace Assist.Cli.Arguments;

/// <summary>
/// Parses one verb's arguments: <c>--name value</c>, <c>--name=value</c>, flags, positionals, and <c>--</c> to end
/// options. Everything a verb does not declare is a usage error, so a misspelt option never passes silently.
/// </summary>
/// <param name="verb">The verb's words, for messages (<c>schema docs</c>).</param>
/// <param name="valueOptions">Long names of options that take a value.</param>
/// <param name="flags">Long names of options that take no value.</param>
/// <param name="maxPositionals">How many positional arguments the verb accepts.</param>
internal sealed class ArgumentParser(string verb, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags, int maxPositionals)
{
    /// <summary>Parses <paramref name="args"/> or throws <see cref="CliUsageException"/> naming the offending argument.</summary>
    public ParsedArguments Parse(IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var givenFlags = new HashSet<string>(StringComparer.Ordinal);
        var optionsEnded = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new CliUsageException($"assist {verb}: unknown option '{arg}'. Options are spelt --name; see 'assist {verb} --help'.");
            }

            var body = arg[2..];
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? body : body[..equals];
            if (valueOptions.Contains(name))
            {
                string value;
                if (equals >= 0)
                {
                    value = body[(equals + 1)..];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }
                else
                {
                    throw new CliUsageException($"assist {verb}: option --{name} needs a value.");
                }

                if (value.Length == 0)
                {
                    throw new CliUsageException($"assist {verb}: option --{name} needs a value.");
                }

                if (!options.TryAdd(name, value))
                {
                    throw new CliUsageException($"assist {verb}: option --{name} is given twice.");
                }
            }
            else if (flags.Contains(name) && equals < 0)
            {
                givenFlags.Add(name);
            }
            else
            {
                throw new CliUsageException($"assist {verb}: unknown option '{arg}'; see 'assist {verb} --help'.");
            }
        }

        if (positionals.Count > maxPositionals)
        {
            throw new CliUsageException(
                $"assist {verb}: unexpected argument '{positionals[maxPositionals]}'; see 'assist {verb} --help'.");
        }

        return new ParsedArguments(positionals, options, givenFlags);
    }
}
