namespace Assist.Query.Disclosure;

/// <summary>What an output column of an aggregate is, read from the SQL AST: which disclosure rules apply to it.</summary>
public enum DisclosureColumnKind
{
    /// <summary>A GROUP BY key: what the row stands for.</summary>
    Key,

    /// <summary><c>count(*)</c>, <c>count(x)</c>, <c>count(DISTINCT x)</c>, <c>count_if</c>, or a sum of a CASE whose every result is 0, 1 or NULL.</summary>
    Count,

    /// <summary>A sum of a value (<c>sum(x)</c>, also inside a cast or a <c>coalesce(…, 0)</c>).</summary>
    Sum,

    /// <summary>An average of a value (<c>avg(x)</c>, also inside a cast).</summary>
    Average,

    /// <summary>min, max, a DISTINCT sum or average, or any other expression.</summary>
    Other,
}
