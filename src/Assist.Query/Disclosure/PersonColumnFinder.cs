using Assist.Query.Ast;
using Assist.Query.Metadata;

namespace Assist.Query.Disclosure;

/// <summary>
/// Finds the person behind each row of an aggregating SELECT by following the schema's person paths
/// (<see cref="PersonPathMetadata"/>) of the tables it reads. A foreign key the SELECT already joins (a navigation
/// such as <c>pl.AssignmentLog()</c>) is reused; a missing one is added as a LEFT JOIN on the referenced key, which
/// neither drops nor repeats rows, so the output's own values stay as they were.
/// </summary>
internal sealed class PersonColumnFinder
{
    private readonly Dictionary<string, TableMetadata> _tables;
    private readonly List<SqlJoin> _joins;
    private readonly List<SqlTable> _sources;
    private readonly Func<string> _nextAlias;

    private PersonColumnFinder(IReadOnlyList<SqlJoin> joins, IEnumerable<SqlTable> sources, Func<string> nextAlias)
    {
        _sources = [.. sources];
        _tables = LakeModel.Tables.ToDictionary(t => t.QualifiedName, StringComparer.Ordinal);
        _joins = [.. joins];
        _nextAlias = nextAlias;
    }

    /// <summary>The person expression and the SELECT's joins with what it needs added, or why there is none.</summary>
    /// <param name="select">The aggregating SELECT.</param>
    /// <param name="nextAlias">Gives a table alias the statement does not use yet.</param>
    public static PersonColumn Find(SqlSelect select, Func<string> nextAlias)
    {
        var sources = new List<SqlTableSource>();
        if (select.From is { } from)
        {
            sources.Add(from);
        }

        sources.AddRange(select.Joins.Select(j => j.Source));
        if (sources.Count == 0)
        {
            return PersonColumn.Refused("it reads no table, so no person stands behind its rows");
        }

        if (select.From is SqlDerivedTable { Query: SqlSelect inner } derived && select.Joins.Count == 0)
        {
            return ThroughDerivedTable(derived, inner, nextAlias);
        }

        if (sources.FirstOrDefault(s => s is not SqlTable) is { } nested)
        {
            return PersonColumn.Refused(
                $"it aggregates the rows of a subquery or WITH query (\"{nested.Alias}\"); the compiler counts persons only for aggregates read straight from lake tables");
        }

        var finder = new PersonColumnFinder(select.Joins, sources.Cast<SqlTable>(), nextAlias);
        var found = new List<(string Path, SqlExpr Person)>();
        foreach (var table in sources.Cast<SqlTable>().ToList())
        {
            if (finder.Table(table) is { PersonPath: { } path } metadata)
            {
                found.Add((path.QualifiedColumn, finder.Follow(table, metadata, path)));
            }
        }

        var paths = found.Select(f => f.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            var names = sources.Cast<SqlTable>().Select(t => t.Catalog + "." + t.Schema + "." + t.Name).Distinct().Order(StringComparer.Ordinal);
            return PersonColumn.Refused($"no table it aggregates ({string.Join(", ", names)}) has a person path (person: in the schema), so persons per cell cannot be counted");
        }

        if (paths.Count > 1)
        {
            return PersonColumn.Refused($"it combines rows of different person paths ({string.Join(" and ", paths)}): a cell may describe two kinds of persons");
        }

        if (found.Select(f => f.Person).Distinct().Count() > 1)
        {
            return PersonColumn.Refused($"each row joins more than one row of person path {paths[0]} (e.g. a self-join), so a row may describe two persons");
        }

        return new PersonColumn(found[0].Person, paths[0], finder._joins, null);
    }

    // An aggregate over a subquery (per-student percentages averaged per month): the subquery's rows carry their
    // person when it is not grouped, or when one of its GROUP BY keys is the person, so each of its rows describes one
    // person. The person then leaves the subquery as a column (an existing one that projects it, or "#person"); the
    // subquery keeps its rows, so the output's own values stay as they were.
    private static PersonColumn ThroughDerivedTable(SqlDerivedTable derived, SqlSelect inner, Func<string> nextAlias)
    {
        var found = Find(inner, nextAlias);
        if (found.Person is null)
        {
            return PersonColumn.Refused($"it aggregates the rows of subquery \"{derived.Alias}\", and inside it {found.Refusal}");
        }

        if (inner.Distinct)
        {
            return PersonColumn.Refused($"it aggregates the rows of a SELECT DISTINCT subquery (\"{derived.Alias}\"): a column added to carry the person could change which rows are distinct");
        }

        if (DisclosureRewriter.IsAggregate(inner) && !inner.GroupBy.Any(key => SameColumn(key, found.Person)))
        {
            return PersonColumn.Refused(
                $"it aggregates the rows of subquery \"{derived.Alias}\", whose groups are not one person each (it is not grouped by {found.Path}), so persons per cell cannot be counted");
        }

        var carried = inner with { From = found.From ?? inner.From, Joins = found.Joins };
        var existing = inner.Projections.FirstOrDefault(p => SameColumn(p.Expression, found.Person));
        var name = existing?.Alias ?? PersonCarrier;
        if (existing is null)
        {
            carried = carried with { Projections = [.. inner.Projections, new SqlProjection(found.Person, PersonCarrier)] };
        }

        var person = new SqlColumn(derived.Alias, name, found.Person.Type) { Nullable = true };
        return new PersonColumn(person, found.Path, [], null, derived with { Query = carried });
    }

    // The column that carries a subquery's person out of it; '#' keeps it apart from every C# property name.
    private const string PersonCarrier = "#person";

    private static bool SameColumn(SqlExpr a, SqlExpr b) =>
        a is SqlColumn x && b is SqlColumn y ? x.TableAlias == y.TableAlias && x.Name == y.Name : a == b;

    private TableMetadata? Table(SqlTable table) => _tables.GetValueOrDefault(table.Catalog + "." + table.Schema + "." + table.Name);

    private SqlExpr Follow(SqlTable start, TableMetadata startMetadata, PersonPathMetadata path)
    {
        var (alias, table) = (start.Alias, startMetadata);
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var step = path.Steps[i];

            // The last key already holds the person's id (t_setting.teacher_id is a users.id): no join needed.
            if (i == path.Steps.Count - 1 && step.TargetColumn == path.PersonColumn)
            {
                return Column(alias, table, step.Column);
            }

            var target = _tables[step.TargetTable];
            alias = JoinedAlias(alias, step, target) ?? AddJoin(alias, table, step, target);
            table = target;
        }

        var person = Column(alias, table, path.PersonColumn);
        if (path.WhenColumn is null)
        {
            return person;
        }

        var condition = Translation.SqlFactory.Equal(Column(start.Alias, startMetadata, path.WhenColumn), new SqlLiteral(path.WhenCode ?? 0, SqlType.BigInt));
        return new SqlCase([new SqlWhen(condition, person)], null, person.Type);
    }

    // A table of the SELECT that some join's ON already links to the source row: target.key = source.column, either way
    // round, among ANDs (pl.AssignmentLog() joins on t1.id = t0.assignment_log_id; from al in logs from pl in al.ProblemLogs()
    // joins the other way, with the condition on pl's join).
    private string? JoinedAlias(string sourceAlias, PersonPathStep step, TableMetadata target)
    {
        foreach (var on in _joins.Select(j => j.On).OfType<SqlExpr>())
        {
            foreach (var condition in Conjuncts(on))
            {
                if (condition is SqlBinary { Operator: SqlBinaryOperator.Equal, Left: SqlColumn l, Right: SqlColumn r }
                    && OtherSide(l, r, sourceAlias, step.Column) is { } other && other.Name == step.TargetColumn
                    && _sources.Any(t => t.Alias == other.TableAlias && t.Catalog == target.Catalog && t.Schema == target.Schema && t.Name == target.Name))
                {
                    return other.TableAlias;
                }
            }
        }

        return null;
    }

    private string AddJoin(string sourceAlias, TableMetadata source, PersonPathStep step, TableMetadata target)
    {
        var alias = _nextAlias();
        var on = Translation.SqlFactory.Equal(Column(alias, target, step.TargetColumn), Column(sourceAlias, source, step.Column));
        var table = new SqlTable(target.Catalog, target.Schema, target.Name, alias);
        _joins.Add(new SqlJoin(SqlJoinKind.Left, table, on));
        _sources.Add(table);
        return alias;
    }

    private static SqlColumn? OtherSide(SqlColumn left, SqlColumn right, string alias, string column) =>
        left.TableAlias == alias && left.Name == column ? right
        : right.TableAlias == alias && right.Name == column ? left
        : null;

    private static IEnumerable<SqlExpr> Conjuncts(SqlExpr condition) =>
        condition is SqlBinary { Operator: SqlBinaryOperator.And } and
            ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
            : [condition];

    private static SqlColumn Column(string alias, TableMetadata table, string name)
    {
        var column = table.Columns.First(c => c.SqlName == name);
        return new SqlColumn(alias, name, SqlType.FromLake(column.Type)) { Nullable = true };
    }
}
