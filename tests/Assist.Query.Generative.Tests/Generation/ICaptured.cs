namespace Assist.Query.Generative.Tests.Generation;

/// <summary>A captured value of an example, for printing its declaration before the query.</summary>
public interface ICaptured
{
    string Name { get; }

    Type ValueType { get; }

    object? BoxedValue { get; }
}
