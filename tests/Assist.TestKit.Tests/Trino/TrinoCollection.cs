using Xunit;

namespace Assist.TestKit.Tests.Trino;

/// <summary>
/// The Trino tests share one node process, and one of them kills it on purpose: running them in one collection
/// keeps that kill from landing in the middle of another class's check.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TrinoCollection
{
    public const string Name = "Trino grammar";
}
