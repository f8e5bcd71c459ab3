using System.Collections;
using System.Globalization;

namespace Assist.Query.Execution;

/// <summary>
/// Values whose provider type is not the C# type the lake maps them to: DuckDB.NET gives a BLOB as a <see cref="Stream"/>
/// (the lake's <c>varbinary</c> is <c>byte[]</c>), a LIST as a list of its element type (nullable elements included)
/// and a MAP as a dictionary of provider types, where the lake's <c>array(T)</c> and <c>map(K, V)</c> are
/// <c>IReadOnlyList&lt;T&gt;</c> and <c>IReadOnlyDictionary&lt;K, V&gt;</c>. Read through <c>GetValue</c> and copied.
/// </summary>
internal static class ProviderValues
{
    /// <summary>Whether a column of <paramref name="providerType"/> read as <paramref name="target"/> goes through <see cref="Read{T}"/>.</summary>
    public static bool NeedsCopy(Type providerType, Type target) =>
        !target.IsAssignableFrom(providerType) && (target == typeof(byte[]) || ListElement(target) is not null || MapTypes(target) is not null);

    /// <summary>The value as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">The provider gave a value of another kind.</exception>
    public static T Read<T>(object value)
    {
        if (value is T typed)
        {
            return typed;
        }

        object? copied = value switch
        {
            Stream stream when typeof(T) == typeof(byte[]) => Bytes(stream),
            IDictionary map when MapTypes(typeof(T)) is var (key, item) => Map(map, key, item),
            IEnumerable list when ListElement(typeof(T)) is { } element => List(list, element),
            _ => null,
        };
        return copied is T result
            ? result
            : throw new InvalidCastException($"The lake column holds a {value.GetType().Name}, which cannot be read as {typeof(T).Name}.");
    }

    private static byte[] Bytes(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static object List(IEnumerable values, Type element)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var value in values)
        {
            list.Add(Element(value, element));
        }

        return list;
    }

    private static object Map(IDictionary values, Type key, Type item)
    {
        var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, item))!;
        foreach (DictionaryEntry entry in values)
        {
            map.Add(Element(entry.Key, key)!, Element(entry.Value, item));
        }

        return map;
    }

    // Elements are mapped without '?' (LakeTypes): a NULL element is refused rather than turned into 0.
    private static object? Element(object? value, Type target) => value switch
    {
        null when target.IsValueType => throw new InvalidCastException($"The lake value holds a NULL element, which {target.Name} cannot hold."),
        null => null,
        _ when target.IsInstanceOfType(value) => value,
        _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
    };

    private static Type? ListElement(Type target) =>
        target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? target.GetGenericArguments()[0] : null;

    private static (Type Key, Type Item)? MapTypes(Type target) =>
        target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
            ? (target.GetGenericArguments()[0], target.GetGenericArguments()[1])
            : null;
}
