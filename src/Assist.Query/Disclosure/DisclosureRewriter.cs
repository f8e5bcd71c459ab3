using Assist.Query.Ast;

namespace Assist.Query.Disclosure;

/// <summary>
/// Adds disclosure control's columns to a translated statement: after an aggregate output's own columns,
/// <c>"#persons"</c> (<c>count(DISTINCT person)</c>, the person found through the schema's person paths) and, for each
/// sum or average, <c>"#top_share:Name"</c> (see <see cref="TopShareJoin"/>). The output's SELECT keeps its FROM, WHERE,
/// GROUP BY, HAVING, ORDER BY and LIMIT; only LEFT JOINs on keys and projections are added, so its own values are
/// unchanged. Outputs the rules cannot be applied to automatically get no columns and a reason for manual review.
/// </summary>
internal static class DisclosureRewriter
{
    /// <summary>The statement to run and what review.json says about it.</summary>
    /// <param name="statement">The translated statement.</param>
    /// <param name="personLevel">Each row describes one person (the review's finding): such outputs are never released as aggregates, so they get no columns.</param>
    public static (SqlStatement Statement, DisclosurePlan Plan) Rewrite(SqlStatement statement, bool personLevel)
    {
        if (statement.Query is not SqlSelect select)
        {
            var names = FirstSelect(statement.Query).Projections.Select(p => new DisclosureColumn(p.Alias, DisclosureColumnKind.Other, null)).ToList();
            var aggregates = Selects(statement.Query).Any(IsAggregate);
            return (statement, new DisclosurePlan(null, null,
                aggregates ? "it combines aggregates with a set operation (UNION, INTERSECT or EXCEPT); persons per cell are not traced through one" : null, names));
        }

        if (!IsAggregate(select))
        {
            var columns = select.Projections.Select(p => new DisclosureColumn(p.Alias, DisclosureColumnKind.Other, null)).ToList();
            var nested = ReadsAggregate(select, statement) ? "it selects from an aggregate subquery; persons per cell are not traced through one" : null;
            return (statement, new DisclosurePlan(null, null, nested, columns));
        }

        var classified = select.Projections.Select(p => (p.Alias, Class: ColumnClassifier.Classify(p.Expression, select.GroupBy))).ToList();
        DisclosurePlan Unchanged(string? reason) =>
            new(null, null, reason, classified.Select(c => new DisclosureColumn(c.Alias, c.Class.Kind, null)).ToList());

        if (personLevel)
        {
            return (statement, Unchanged(null));
        }

        if (select.Distinct)
        {
            return (statement, Unchanged("it is a SELECT DISTINCT over aggregates: an extra column could change which rows are distinct"));
        }

        // The translator's aliases are t0, t1 …; the person joins' cannot collide with them.
        var joined = 0;
        var person = PersonColumnFinder.Find(select, () => "#p" + (joined++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (person.Person is null)
        {
            return (statement, Unchanged(person.Refusal));
        }

        var withPersons = select with { From = person.From ?? select.From, Joins = person.Joins };
        var dominated = classified
            .Where(c => c.Class.Kind is DisclosureColumnKind.Sum or DisclosureColumnKind.Average)
            .Select(c => (c.Alias, c.Class.Aggregate!))
            .ToList();
        var projections = new List<SqlProjection>(select.Projections)
        {
            new(new SqlAggregate(SqlAggregateKind.Count, person.Person, true, SqlType.BigInt), DisclosureNames.PersonsColumn),
        };
        var joins = person.Joins;
        if (dominated.Count > 0)
        {
            var (join, shares) = TopShareJoin.Build(withPersons, person.Person, dominated);
            joins = [.. joins, join];
            projections.AddRange(shares);
        }

        var rewritten = statement with { Query = withPersons with { Joins = joins, Projections = projections } };
        var plan = new DisclosurePlan(
            DisclosureNames.PersonsColumn,
            person.Path,
            null,
            classified.Select(c => new DisclosureColumn(
                c.Alias,
                c.Class.Kind,
                c.Class.Kind is DisclosureColumnKind.Sum or DisclosureColumnKind.Average ? DisclosureNames.TopShare(c.Alias) : null)).ToList());
        return (rewritten, plan);
    }

    /// <summary>A SELECT whose rows are groups: it has GROUP BY keys, or its result is aggregates.</summary>
    public static bool IsAggregate(SqlSelect select) =>
        select.GroupBy.Count > 0 || select.Projections.Any(p => AggregateFinder.Aggregates(p.Expression));

    // A row-level SELECT over a grouped derived table or WITH entry (a filter or projection over groups).
    private static bool ReadsAggregate(SqlSelect select, SqlStatement statement)
    {
        var sources = new List<SqlTableSource>();
        if (select.From is { } from)
        {
            sources.Add(from);
        }

        sources.AddRange(select.Joins.Select(j => j.Source));
        return sources.Any(s => s switch
        {
            SqlDerivedTable derived => Selects(derived.Query).Any(IsAggregate),
            SqlCteReference reference => statement.Ctes.Where(c => c.Name == reference.Name).SelectMany(c => Selects(c.Query)).Any(IsAggregate),
            _ => false,
        });
    }

    private static IEnumerable<SqlSelect> Selects(SqlQuery query) => query switch
    {
        SqlSelect select => [select],
        SqlSetOperation set => Selects(set.Left).Concat(Selects(set.Right)),
        _ => [],
    };

    private static SqlSelect FirstSelect(SqlQuery query) => Selects(query).First();
}
