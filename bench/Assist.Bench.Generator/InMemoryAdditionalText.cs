using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Assist.Bench.Generator;

/// <summary>A YAML file held in memory, as the compiler hands it to the generator.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    /// <inheritdoc />
    public override string Path { get; } = path;

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
