namespace Assist.Query.Translation;

/// <summary>What a lambda parameter or sub-expression stands for during translation: a row, a value, a group.</summary>
internal abstract class Shape
{
    protected Shape(Type clrType) => ClrType = clrType;

    /// <summary>The C# type the shape materializes as.</summary>
    public Type ClrType { get; }
}
