using Assist.Query.Caching;
using Assist.Query.Disclosure;

namespace Assist.Query.Review;

/// <summary>
/// What a reviewer needs to judge one query: its SQL for a dialect with the parameter values, and what it reads and
/// returns, taken from the translated SQL AST: tables, every column read anywhere (join columns of navigations
/// included), the personal-data columns among them, the result's columns with the lake columns each is made from, and
/// the keys one result row stands for. The SQL is the statement as submitted: for an aggregate output, with disclosure
/// control's columns after the query's own (<see cref="Disclosure"/>); tables and columns are what that statement reads.
/// </summary>
public sealed class QueryReview
{
    private QueryReview(string dialect, SqlReadSet readSet)
    {
        Dialect = dialect;
        Tables = readSet.Tables;
        Columns = readSet.Columns;
        Outputs = readSet.Outputs;
        GroupKeys = readSet.GroupKeys.Select(Describe).ToList();
        IsPersonLevel = IsPersonLevelRead(readSet);
    }

    /// <summary>The dialect's name.</summary>
    public string Dialect { get; }

    /// <summary>The statement as submitted (with the disclosure columns, when added) and its parameter values.</summary>
    public SqlText Sql => Disclosure.Sql;

    /// <summary>Disclosure control: the persons column, the dominance columns, each own column's kind, or why the output needs manual review.</summary>
    public DisclosureReview Disclosure { get; private init; } = null!;

    /// <summary>Tables read, <c>catalog.schema.table</c>, in name order.</summary>
    public IReadOnlyList<string> Tables { get; private init; }

    /// <summary>Every column the statement reads anywhere, in name order.</summary>
    public IReadOnlyList<LakeColumn> Columns { get; private init; }

    /// <summary>The columns read that are marked <c>pii: true</c>.</summary>
    public IReadOnlyList<LakeColumn> PiiColumns => Columns.Where(c => c.IsPii).ToList();

    /// <summary>The result's columns in SELECT order.</summary>
    public IReadOnlyList<OutputColumn> Outputs { get; }

    /// <summary>
    /// What one result row stands for: each GROUP BY key as the lake column it is (<c>catalog.schema.table.column</c>)
    /// or <c>expression of …</c> the columns it is computed from. Empty when the rows are not grouped.
    /// </summary>
    public IReadOnlyList<string> GroupKeys { get; }

    /// <summary>
    /// Each row describes one person: the rows are grouped by a person identifier (a user id or xid), or, ungrouped,
    /// a person identifier is among the result's columns.
    /// </summary>
    public bool IsPersonLevel { get; }

    /// <summary>Reviews a query (translation goes through the same cache as <c>ToSql</c>).</summary>
    internal static QueryReview Of(IQueryExpression query, SqlDialect dialect)
    {
        var (compiled, values) = QueryCompiler.Default.Compile(query, dialect);
        var persons = PersonIdentifiers.FromLakeModel();
        var readSet = SqlReadSet.Of(compiled.Statement, persons);
        var (statement, plan) = DisclosureRewriter.Rewrite(compiled.Statement, IsPersonLevelRead(readSet));
        if (ReferenceEquals(statement, compiled.Statement))
        {
            return new QueryReview(dialect.Name, readSet) { Disclosure = new DisclosureReview(compiled.Template.Render(values), plan) };
        }

        // What runs is the rewritten statement: its tables and columns (the person path's) are what the review lists.
        var submitted = SqlReadSet.Of(statement, persons);
        return new QueryReview(dialect.Name, readSet)
        {
            Disclosure = new DisclosureReview(dialect.CreateEmitter().Emit(statement).Render(values), plan),
            Tables = submitted.Tables,
            Columns = submitted.Columns,
        };
    }

    private static bool IsPersonLevelRead(SqlReadSet readSet) =>
        readSet.GroupKeys.Any(k => k.Identity is { IsPersonIdentifier: true })
        || (readSet.GroupKeys.Count == 0 && readSet.Outputs.Any(o => o.IsPersonIdentifier));

    private static string Describe(ColumnLineage key) => key.Identity is { } column
        ? column.QualifiedName
        : key.Sources.Count == 0
            ? "constant"
            : "expression of " + string.Join(", ", key.Sources.Select(c => c.QualifiedName).Order(StringComparer.Ordinal));
}
