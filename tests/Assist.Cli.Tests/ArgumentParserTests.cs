using Assist.Cli.Arguments;
using Xunit;

namespace Assist.Cli.Tests;

public sealed class ArgumentParserTests
{
    private static readonly ArgumentParser Parser = new("test verb", ["out"], ["force"], maxPositionals: 1);

    [Fact]
    public void Options_take_values_separately_or_after_equals()
    {
        var spaced = Parser.Parse(["dir", "--out", "a b"]);
        var equals = Parser.Parse(["--out=a=b", "dir"]);

        Assert.Equal(["dir"], spaced.Positionals);
        Assert.Equal("a b", spaced.Option("out"));
        Assert.Equal("a=b", equals.Option("out"));
        Assert.Null(Parser.Parse([]).Option("out"));
    }

    [Fact]
    public void Flags_are_recorded_and_double_dash_ends_options()
    {
        var parsed = Parser.Parse(["--force", "--", "--out"]);

        Assert.True(parsed.Flag("force"));
        Assert.Equal(["--out"], parsed.Positionals);
    }

    [Theory]
    [InlineData("--out", "option --out needs a value.")]                                      // nothing after --out
    [InlineData("--out=", "option --out needs a value.")]                                     // empty after =
    [InlineData("--force=yes", "unknown option '--force=yes'; see 'assist test verb --help'.")] // a flag given a value
    [InlineData("-o", "unknown option '-o'. Options are spelt --name; see 'assist test verb --help'.")] // short options do not exist
    [InlineData("--outt", "unknown option '--outt'; see 'assist test verb --help'.")]         // misspelt
    public void Bad_options_are_usage_errors(string arg, string message)
    {
        var error = Assert.Throws<CliUsageException>(() => Parser.Parse([arg]));

        Assert.Equal("assist test verb: " + message, error.Message);
    }

    [Fact]
    public void An_option_given_twice_or_an_extra_positional_is_an_error()
    {
        // Bad input: --out twice; then two positionals where one is allowed.
        var twice = Assert.Throws<CliUsageException>(() => Parser.Parse(["--out", "a", "--out", "b"]));
        var extra = Assert.Throws<CliUsageException>(() => Parser.Parse(["a", "b"]));

        Assert.Equal("assist test verb: option --out is given twice.", twice.Message);
        Assert.Equal("assist test verb: unexpected argument 'b'; see 'assist test verb --help'.", extra.Message);
    }

    [Fact]
    public void A_value_that_looks_like_an_option_is_not_swallowed()
    {
        // Bad input: --out followed by another option instead of a folder.
        var error = Assert.Throws<CliUsageException>(() => Parser.Parse(["--out", "--force"]));

        Assert.Equal("assist test verb: option --out needs a value.", error.Message);
    }
}
