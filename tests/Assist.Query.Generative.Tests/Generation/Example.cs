using Assist.Query.Generative.Tests.Data;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>One generated example: the rows of the fixture lake and a query over them, both read from one tape.</summary>
public sealed record Example(LakeRows Rows, GeneratedQuery Query)
{
    /// <summary>The example read from <paramref name="tape"/>: rows first, then the query.</summary>
    public static Example FromTape(int[] tape)
    {
        var choices = new Choices(tape);
        var rows = RowsGenerator.Generate(choices);
        return new Example(rows, QueryGenerator.Generate(choices));
    }
}
