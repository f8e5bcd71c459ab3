namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// A generated query: the root table's entity type and the operators applied to it, the captured locals it reads, the
/// constructs it uses, and whether its result order is total (then results compare as lists, else as multisets).
/// </summary>
public sealed record GeneratedQuery(Type Root, IReadOnlyList<QueryStep> Steps, IReadOnlyList<ICaptured> Captures, IReadOnlySet<string> Constructs, bool Ordered);
