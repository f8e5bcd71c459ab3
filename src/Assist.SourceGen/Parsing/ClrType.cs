namespace Assist.SourceGen.Parsing;

/// <summary>A C# type as the emitters write it.</summary>
/// <param name="Name">The type without nullability (<c>long</c>, <c>string</c>, <c>global::System.DateTime</c>).</param>
/// <param name="IsReferenceType">True for reference types (<c>string</c>, arrays, interfaces).</param>
internal sealed record ClrType(string Name, bool IsReferenceType)
{
    /// <summary>The property type: <c>T?</c> when the column is nullable.</summary>
    public string Declared(bool nullable) => nullable ? Name + "?" : Name;

    /// <summary>The type as <c>typeof</c> takes it: nullable value types keep <c>?</c>, reference types cannot have it.</summary>
    public string TypeOf(bool nullable) => nullable && !IsReferenceType ? Name + "?" : Name;
}
