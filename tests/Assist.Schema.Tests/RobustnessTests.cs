using Assist.Schema;
using Xunit;

namespace Assist.Schema.Tests;

/// <summary>Loading never throws: garbage, truncations and byte flips of a valid file all end in diagnostics.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Truncated_and_mutated_variants_never_throw_and_syntax_breaks_are_reported()
    {
        var files = Corpus.BaseFiles();
        var target = files.Single(f => f.Path == "cas_core/student_data.yaml");
        var random = new Random(20261125);
        var broken = 0;
        for (var i = 0; i < 400; i++)
        {
            var text = Mutate(target.Text, random);
            var loaded = files.Select(f => f.Path == target.Path ? f with { Text = text } : f).ToList();

            var result = SchemaLoader.Load(loaded);

            // YamlDotNet's own loader is the oracle for "this variant is not YAML any more".
            if (!IsYaml(text))
            {
                broken++;
                Assert.True(result.HasErrors, "no error for a variant YamlDotNet rejects:\n" + text);
            }
        }

        Assert.True(broken >= 50, $"only {broken} of 400 variants were broken YAML; the mutations are too gentle to test anything");
    }

    [Fact]
    public void Truncations_at_every_line_never_throw_and_cutting_required_keys_is_reported()
    {
        var files = Corpus.BaseFiles();
        var target = files.Single(f => f.Path == "cas_core/student_data.yaml");
        var lines = target.Text.Split('\n');
        for (var keep = 0; keep < lines.Length - 1; keep++)
        {
            var text = string.Join("\n", lines.Take(keep));
            var result = SchemaLoader.Load(files.Select(f => f.Path == target.Path ? f with { Text = text } : f));

            // Most cuts leave a valid prefix (a shorter column list). These cannot: the file loses its tables, or the
            // last column loses its required type or nullable.
            if (keep < 5 || lines[keep].TrimStart().StartsWith("type:", StringComparison.Ordinal) || lines[keep].TrimStart().StartsWith("nullable:", StringComparison.Ordinal))
            {
                Assert.True(result.Diagnostics.Count > 0, $"no diagnostic when the file is cut before line {keep + 1}:\n{text}");
            }
        }
    }

    [Fact]
    public void Random_garbage_never_throws_and_always_gives_a_diagnostic()
    {
        var random = new Random(7);
        const string alphabet = "abc:-[]{}&*!|>'\"#%@`,?\t\n  0123456789<<~\\";
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            var result = SchemaLoader.Load(new[] { new SchemaFile("garbage.yaml", new string(chars)) });

            Assert.NotEmpty(result.Diagnostics);
        }
    }

    [Fact]
    public void Deep_nesting_is_reported_without_overflowing_the_stack_or_hanging()
    {
        // YamlDotNet's scanner costs O(depth) per token at this depth; reading stops at 64 levels (AS0014).
        var depth = 200_000;
        var text = "tables: " + new string('[', depth) + new string(']', depth) + "\n";

        var result = SchemaLoader.Load(new[] { new SchemaFile("deep.yaml", text) });

        Assert.Equal("deep.yaml(1,72): error AS0014", Corpus.Format(result.Diagnostics));
    }

    [Fact]
    public void Deeply_nested_type_is_reported()
    {
        var type = string.Concat(Enumerable.Repeat("array(", 5000)) + "bigint" + new string(')', 5000);

        Assert.False(SqlTypeParser.TryParse(type, out _, out var error));
        Assert.Equal("the type is nested more than 32 levels deep", error);
    }

    /// <summary>Truncates, deletes a slice, duplicates a slice or flips characters.</summary>
    private static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length);
        switch (random.Next(4))
        {
            case 0:
                return text.Substring(0, at);
            case 1:
                return text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
            case 2:
                var length = Math.Min(random.Next(1, 60), text.Length - at);
                return text.Insert(random.Next(text.Length), text.Substring(at, length));
            default:
                var chars = text.ToCharArray();
                for (var i = 0; i < random.Next(1, 6); i++)
                {
                    const string noise = ":[]{}-&*\t#'\"x9 \n";
                    chars[random.Next(chars.Length)] = noise[random.Next(noise.Length)];
                }

                return new string(chars);
        }
    }

    private static bool IsYaml(string text)
    {
        try
        {
            new YamlDotNet.RepresentationModel.YamlStream().Load(new StringReader(text));
            return true;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3's scanner throws this on some broken plain scalars in flow lists; the loader turns it
            // into AS0002 through its catch-all.
            return false;
        }
    }
}
