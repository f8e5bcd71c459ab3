using Assist.Query.Generative.Tests.Data;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>One generated example: the rows of the fixture lake and a query over them, both read from one tape.</summary>
public sealed record Example(LakeRows Rows, GeneratedQuery Query)
{
    /// <summary>The example <paramref name="tape"/> stands for.</summary>
    public static Example FromTape(ExampleTape tape) =>
        new(RowsGenerator.Generate(new Choices(tape.Rows)), QueryGenerator.Generate(new Choices(tape.Query)));
}
