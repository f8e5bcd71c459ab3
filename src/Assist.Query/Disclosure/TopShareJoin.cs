using Assist.Query.Ast;
using Assist.Query.Translation;

namespace Assist.Query.Disclosure;

/// <summary>
/// The dominance figures of an aggregating SELECT: for each sum or average, the share of the cell's total the largest
/// single person contributes, <c>max(|person's sum|) / sum(|person's sum|)</c> (NULL when that sum is 0 or NULL).
/// Built as a derived table grouped twice (by the keys and the person, then by the keys), LEFT JOINed to the SELECT on
/// its GROUP BY keys with IS NOT DISTINCT FROM (a NULL key is a group too). The derived table has one row per group,
/// so the join neither drops nor repeats the SELECT's rows and its own values stay what they were; the SELECT reads the
/// figure with <c>max(…)</c>, which over one group's identical values is that value.
/// </summary>
internal static class TopShareJoin
{
    private const string PerPersonAlias = "#per_person";
    private const string SharesAlias = "#top_share";

    /// <summary>The join to add and, per dominance column, the projection that reads it.</summary>
    /// <param name="select">The SELECT with the person joins already added.</param>
    /// <param name="person">The person of one row.</param>
    /// <param name="columns">Each sum or average: its output name and aggregate.</param>
    public static (SqlJoin Join, IReadOnlyList<SqlProjection> Projections) Build(
        SqlSelect select, SqlExpr person, IReadOnlyList<(string Name, SqlAggregate Aggregate)> columns)
    {
        var keys = select.GroupBy;
        var perPerson = select with
        {
            GroupBy = [.. keys, person],
            Having = null,
            Projections =
            [
                .. keys.Select((k, i) => new SqlProjection(k, KeyName(i))),
                .. columns.Select((c, i) => new SqlProjection(new SqlAggregate(SqlAggregateKind.Sum, c.Aggregate.Argument, false, SumType(c.Aggregate)), SumName(i))),
            ],
            Distinct = false,
            OrderBy = [],
            Offset = null,
            Limit = null,
        };

        var keyColumns = keys.Select((k, i) => new SqlColumn(PerPersonAlias, KeyName(i), k.Type)).ToList();
        var shares = new SqlSelect(
            new SqlDerivedTable(perPerson, PerPersonAlias),
            [],
            null,
            keyColumns,
            null,
            [
                .. keyColumns.Select((k, i) => new SqlProjection(k, KeyName(i))),
                .. columns.Select((c, i) => new SqlProjection(Share(new SqlColumn(PerPersonAlias, SumName(i), SumType(c.Aggregate))), DisclosureNames.TopShare(c.Name))),
            ],
            false,
            [],
            null,
            null);

        var on = keys.Select((k, i) => (SqlExpr)new SqlBinary(SqlBinaryOperator.IsNotDistinctFrom, new SqlColumn(SharesAlias, KeyName(i), k.Type), k, SqlType.Boolean))
            .Aggregate((SqlExpr?)null, (all, next) => all is null ? next : SqlFactory.And(all, next));
        var join = new SqlJoin(on is null ? SqlJoinKind.Cross : SqlJoinKind.Left, new SqlDerivedTable(shares, SharesAlias), on);
        var projections = columns.Select(c => new SqlProjection(
            new SqlAggregate(SqlAggregateKind.Max, new SqlColumn(SharesAlias, DisclosureNames.TopShare(c.Name), SqlType.Double), false, SqlType.Double),
            DisclosureNames.TopShare(c.Name))).ToList();
        return (join, projections);
    }

    // max(|s|) / nullif(sum(|s|), 0), in double so no engine truncates an integer division.
    private static SqlExpr Share(SqlColumn sum)
    {
        var magnitude = SqlFactory.Function(SqlFunctionKind.Abs, sum.Type, sum);
        var largest = new SqlCast(new SqlAggregate(SqlAggregateKind.Max, magnitude, false, sum.Type), SqlType.Double);
        var total = new SqlCast(new SqlAggregate(SqlAggregateKind.Sum, magnitude, false, SumType(sum.Type)), SqlType.Double);
        var nonZero = SqlFactory.Function(SqlFunctionKind.NullIf, SqlType.Double, total, new SqlLiteral(0d, SqlType.Double));
        return new SqlBinary(SqlBinaryOperator.Divide, largest, nonZero, SqlType.Double);
    }

    private static SqlType SumType(SqlAggregate aggregate) => SumType(aggregate.Argument?.Type ?? SqlType.Double);

    private static SqlType SumType(SqlType argument) => argument.IsInteger ? SqlType.BigInt : argument.Kind == SqlTypeKind.Real ? SqlType.Double : argument;

    private static string KeyName(int i) => "#k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string SumName(int i) => "#s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
