using System.Linq.Expressions;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// A captured local as the C# compiler shapes it in an expression tree: a field read on a constant closure object.
/// The compiler must treat it as a parameter (its value may change between runs of one query shape).
/// </summary>
public sealed class Captured<T>(string name, T value) : ICaptured
{
    /// <summary>The field the expression reads, like a display-class field.</summary>
#pragma warning disable CA1051 // A field, not a property: closures capture locals as fields and the compiler must see that shape.
    public T Value = value;
#pragma warning restore CA1051

    public string Name { get; } = name;

    public Type ValueType => typeof(T);

    public object? BoxedValue => Value;

    public Expression Read() => Expression.Field(Expression.Constant(this), nameof(Value));
}
