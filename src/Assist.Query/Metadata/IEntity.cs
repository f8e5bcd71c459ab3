namespace Assist.Query.Metadata;

/// <summary>Implemented by every generated entity: gives its table without reflection.</summary>
/// <typeparam name="TSelf">The entity type itself.</typeparam>
public interface IEntity<TSelf> where TSelf : IEntity<TSelf>
{
    /// <summary>The table the entity maps.</summary>
    static abstract TableMetadata Table { get; }
}
