using System.Reflection;

namespace Assist.Query.Translation;

/// <summary>
/// An object built in a lambda: anonymous types (including the transparent identifiers of <c>let</c> and
/// multiple <c>from</c>), records, tuples and <c>new T { … }</c>. Members resolve to their argument's shape.
/// </summary>
internal sealed class CompositeShape : Shape
{
    public CompositeShape(Type clrType, ConstructorInfo? constructor, IReadOnlyList<Shape> arguments,
        IReadOnlyList<MemberInfo>? argumentMembers, IReadOnlyList<KeyValuePair<MemberInfo, Shape>> bindings)
        : base(clrType)
    {
        Constructor = constructor;
        Arguments = arguments;
        ArgumentMembers = argumentMembers;
        Bindings = bindings;
    }

    public ConstructorInfo? Constructor { get; }

    public IReadOnlyList<Shape> Arguments { get; }

    public IReadOnlyList<MemberInfo>? ArgumentMembers { get; }

    public IReadOnlyList<KeyValuePair<MemberInfo, Shape>> Bindings { get; }

    /// <summary>
    /// For the row of a query LEFT JOINed through DefaultIfEmpty: a column that is NULL exactly when the join found no
    /// row (so <c>s == null</c> can be answered); null otherwise, and lost when the shape is rebuilt over a derived table.
    /// </summary>
    public Ast.SqlColumn? Presence { get; init; }

    /// <summary>Names for each argument then each binding, in materialization order.</summary>
    public IEnumerable<(string Name, Shape Shape)> Parts()
    {
        var parameters = Constructor?.GetParameters();
        for (var i = 0; i < Arguments.Count; i++)
        {
            var name = ArgumentMembers?[i].Name ?? parameters?[i].Name ?? "Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return (name, Arguments[i]);
        }

        foreach (var binding in Bindings)
        {
            yield return (binding.Key.Name, binding.Value);
        }
    }

    public Shape? Member(MemberInfo member)
    {
        if (ArgumentMembers is not null)
        {
            for (var i = 0; i < ArgumentMembers.Count; i++)
            {
                if (SameMember(ArgumentMembers[i], member))
                {
                    return Arguments[i];
                }
            }
        }

        foreach (var binding in Bindings)
        {
            if (SameMember(binding.Key, member))
            {
                return binding.Value;
            }
        }

        // Records and tuples: a constructor parameter named like the member (Item1 for tuples).
        var parameters = Constructor?.GetParameters();
        if (parameters is not null)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                if (string.Equals(parameters[i].Name, member.Name, StringComparison.OrdinalIgnoreCase)
                    || member.Name == "Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    return Arguments[i];
                }
            }
        }

        return null;
    }

    private static bool SameMember(MemberInfo a, MemberInfo b) =>
        a.Name == b.Name && (a.DeclaringType == b.DeclaringType || a.DeclaringType!.IsAssignableFrom(b.DeclaringType) || b.DeclaringType!.IsAssignableFrom(a.DeclaringType));
}
