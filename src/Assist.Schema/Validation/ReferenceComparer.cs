using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Assist.Schema.Validation;

/// <summary>
/// Compares model records by identity. Records hash every field (descriptions included), which made keying a
/// dictionary by table a visible share of validating a 200-table lake; two declarations of one name stay two keys.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new ReferenceComparer<T>();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
