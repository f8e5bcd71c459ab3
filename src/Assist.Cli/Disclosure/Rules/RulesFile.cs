using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assist.Cli.Disclosure.Rules;

/// <summary>
/// Reads a rules file (YAML). Every key is optional and stands for its default when missing; an unknown key, a value
/// of the wrong type or out of range, and a YAML syntax error are refused with the file, line and column.
/// <code>
/// minimum_persons: { enabled: true, persons: 10 }
/// rounding: { enabled: true, base: 5 }
/// secondary_suppression: { enabled: true }
/// dominance: { enabled: true, share: 0.5 }
/// </code>
/// </summary>
internal static class RulesFile
{
    /// <summary>Reads the rules file at <paramref name="path"/>; <paramref name="shownName"/> is how messages name it.</summary>
    /// <exception cref="DisclosureInputException">The file is not a valid rules file.</exception>
    public static DisclosureRules Load(string path, string shownName) => Parse(File.ReadAllText(path), shownName);

    /// <summary>Parses the text of a rules file.</summary>
    /// <exception cref="DisclosureInputException">The text is not a valid rules file.</exception>
    public static DisclosureRules Parse(string text, string shownName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw Problem(shownName, e.Start, "not valid YAML: " + (e.InnerException?.Message ?? e.Message));
        }

        var rules = DisclosureRules.Defaults;
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return rules;
        }

        var reader = new Reader(shownName);
        foreach (var (key, value) in reader.Mapping(stream.Documents[0].RootNode, "the rules file", ["minimum_persons", "rounding", "secondary_suppression", "dominance"]))
        {
            rules = key switch
            {
                "minimum_persons" => rules with { MinimumPersons = reader.MinimumPersons(value, rules.MinimumPersons) },
                "rounding" => rules with { Rounding = reader.Rounding(value, rules.Rounding) },
                "secondary_suppression" => rules with { SecondarySuppression = reader.Secondary(value, rules.SecondarySuppression) },
                _ => rules with { Dominance = reader.Dominance(value, rules.Dominance) },
            };
        }

        return rules;
    }

    private static DisclosureInputException Problem(string file, Mark mark, string message) =>
        new(new DisclosureProblem(file, mark.Line, mark.Column, message));

    private sealed class Reader(string file)
    {
        public MinimumPersonsRule MinimumPersons(YamlNode node, MinimumPersonsRule rule)
        {
            foreach (var (key, value) in Mapping(node, "minimum_persons", ["enabled", "persons"]))
            {
                rule = key == "enabled" ? rule with { Enabled = Bool(value, key) } : rule with { Persons = Int(value, key, 1, 1_000_000) };
            }

            return rule;
        }

        public RoundingRule Rounding(YamlNode node, RoundingRule rule)
        {
            foreach (var (key, value) in Mapping(node, "rounding", ["enabled", "base"]))
            {
                rule = key == "enabled" ? rule with { Enabled = Bool(value, key) } : rule with { Base = Int(value, key, 1, 1_000_000) };
            }

            return rule;
        }

        public SecondarySuppressionRule Secondary(YamlNode node, SecondarySuppressionRule rule)
        {
            foreach (var (_, value) in Mapping(node, "secondary_suppression", ["enabled"]))
            {
                rule = rule with { Enabled = Bool(value, "enabled") };
            }

            return rule;
        }

        public DominanceRule Dominance(YamlNode node, DominanceRule rule)
        {
            foreach (var (key, value) in Mapping(node, "dominance", ["enabled", "share"]))
            {
                rule = key == "enabled" ? rule with { Enabled = Bool(value, key) } : rule with { Share = Share(value) };
            }

            return rule;
        }

        public IEnumerable<(string Key, YamlNode Value)> Mapping(YamlNode node, string what, string[] keys)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw Problem(file, node.Start, $"{what} must be a mapping of {string.Join(", ", keys)}");
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!keys.Contains(key))
                {
                    throw Problem(file, keyNode.Start, $"unknown key '{key}' in {what}; expected {string.Join(", ", keys)}");
                }

                yield return (key, value);
            }
        }

        private bool Bool(YamlNode node, string key) => Scalar(node, key) switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            var text => throw Problem(file, node.Start, $"{key} must be true or false; got '{text}'"),
        };

        private int Int(YamlNode node, string key, int min, int max)
        {
            var text = Scalar(node, key);
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw Problem(file, node.Start, string.Create(CultureInfo.InvariantCulture, $"{key} must be a whole number from {min} to {max}; got '{text}'"));
        }

        private double Share(YamlNode node)
        {
            var text = Scalar(node, "share");
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 1
                ? value
                : throw Problem(file, node.Start, $"share must be a number greater than 0 and less than 1 (0.5 is 50 %); got '{text}'");
        }

        private string Scalar(YamlNode node, string key) =>
            node is YamlScalarNode scalar ? scalar.Value ?? "" : throw Problem(file, node.Start, $"{key} must be a single value");
    }
}
