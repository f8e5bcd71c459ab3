namespace Assist.SourceGen.Emitting;

/// <summary>The runtime types generated code refers to, <c>global::</c>-qualified in one place.</summary>
internal static class MetadataNames
{
    public const string Namespace = "global::Assist.Query.Metadata.";
    public const string IEntity = Namespace + "IEntity";
    public const string TableMetadata = Namespace + "TableMetadata";
    public const string ColumnMetadata = Namespace + "ColumnMetadata";
    public const string NavigationMetadata = Namespace + "NavigationMetadata";
    public const string PersonPathMetadata = Namespace + "PersonPathMetadata";
    public const string PersonPathStep = Namespace + "PersonPathStep";
    public const string NavigationKind = Namespace + "NavigationKind";
    public const string XrefMetadata = Namespace + "XrefMetadata";
    public const string LakeModel = Namespace + "LakeModel";
    public const string NavigationOutsideQuery = Namespace + "NavigationOutsideQueryException";
    public const string TableSource = "global::Assist.Query.TableSource";
    public const string ModuleInitializer = "global::System.Runtime.CompilerServices.ModuleInitializer";
    public const string EditorBrowsableNever = "global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)";

    /// <summary>The module initializer each generated type registers its metadata from (no column can be named so).</summary>
    public const string RegisterMethod = "__RegisterAssistMetadata";
}
