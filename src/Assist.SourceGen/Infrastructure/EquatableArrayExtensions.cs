using System;
using System.Collections.Generic;

namespace Assist.SourceGen.Infrastructure;

/// <summary>Builds <see cref="EquatableArray{T}"/> values fluently.</summary>
internal static class EquatableArrayExtensions
{
    /// <summary>Copies <paramref name="items"/> into an element-compared array.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new EquatableArray<T>(items);
}
