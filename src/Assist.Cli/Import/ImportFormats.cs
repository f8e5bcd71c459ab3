namespace Assist.Cli.Import;

/// <summary>The formats <c>assist import</c> reads, by name.</summary>
internal static class ImportFormats
{
    /// <summary>Every format, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<ImportFormat> All { get; } = [new Assistments2017Format(), new ResponsesFormat()];

    /// <summary>The format called <paramref name="name"/>, or null.</summary>
    public static ImportFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
