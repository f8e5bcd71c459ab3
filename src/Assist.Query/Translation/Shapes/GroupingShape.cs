namespace Assist.Query.Translation;

/// <summary>The <c>g</c> of <c>group … by … into g</c>: its key, and the element each aggregate ranges over.</summary>
internal sealed class GroupingShape : Shape
{
    public GroupingShape(Type clrType, Shape key, Shape element) : base(clrType)
    {
        Key = key;
        Element = element;
    }

    public Shape Key { get; }

    public Shape Element { get; }
}
