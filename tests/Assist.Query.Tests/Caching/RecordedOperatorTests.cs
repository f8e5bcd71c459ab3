using System.Linq.Expressions;
using Assist.Query.Caching;
using Assist.Query.Tests.Model;
using Xunit;

namespace Assist.Query.Tests.Caching;

/// <summary>
/// Operators record themselves instead of building <c>Expression.Call</c>: the cache key walked from the records must be
/// the key of the tree they stand for, or one query could translate differently depending on which was walked.
/// </summary>
public class RecordedOperatorTests
{
    public static TheoryData<string> Queries => [.. Cases.Keys];

    private static readonly Dictionary<string, Func<IQueryExpression>> Cases = new()
    {
        ["where select"] = () => TestLake.ProblemLogs.Where(p => p.HintCount > 2).Select(p => p.Id),
        ["captured values"] = () => Captured(3, new DateTime(2024, 5, 1)),
        ["order, then, skip, take"] = () => TestLake.ProblemLogs.OrderBy(p => p.StartTime).ThenByDescending(p => p.Id).Skip(5).Take(10),
        ["distinct and set operators"] = () => TestLake.ProblemLogs.Select(p => p.Id).Distinct()
            .Union(TestLake.AssignmentLogs.Select(a => a.Id)).Concat(TestLake.Users.Select(u => u.Id))
            .Intersect(TestLake.ProblemLogs.Select(p => p.AssignmentLogId)).Except(TestLake.Problems.Select(p => p.Id)),
        ["group by, three forms"] = () => TestLake.ProblemLogs.GroupBy(p => p.AssignmentLogId).Select(g => new { g.Key, N = g.Count() })
            .Concat(TestLake.ProblemLogs.GroupBy(p => p.AssignmentLogId, p => p.HintCount).Select(g => new { g.Key, N = g.Sum() }))
            .Concat(TestLake.ProblemLogs.GroupBy(p => p.AssignmentLogId, (k, rows) => new { Key = k, N = rows.Count() })),
        ["join and group join"] = () =>
            from p in TestLake.ProblemLogs
            join a in TestLake.AssignmentLogs on p.AssignmentLogId equals a.Id
            join u in TestLake.Users on a.UserXid equals u.Id into users
            from u in users.DefaultIfEmpty()
            select new { p.Id, u.Username },
        ["select many over a navigation and a query"] = () =>
            from a in TestLake.AssignmentLogs
            from p in a.ProblemLogs()
            from u in TestLake.Users.AsSequence()
            where u.Id == a.UserXid
            select new { a.Id, Problem = p.Id },
        ["aggregate queries"] = () => TestLake.ProblemLogs.Where(p => p.HintCount > 0).AverageQuery(p => (double)p.AttemptCount),
        ["a captured query inside a lambda"] = () => Inner(TestLake.AssignmentLogs.Where(a => a.EndTime == null).Select(a => a.Id)),
    };

    private static Query<long> Captured(int minimum, DateTime since) =>
        TestLake.ProblemLogs.Where(p => p.HintCount > minimum && p.StartTime >= since).Select(p => p.Id);

    private static Query<long> Inner(Query<long> open) =>
        TestLake.ProblemLogs.Where(p => open.AsSequence().Contains(p.AssignmentLogId)).Select(p => p.Id);

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_records_and_the_tree_they_stand_for_have_one_key_and_the_same_values(string name)
    {
        var fromRecords = QueryKeyWalker.Walk(Cases[name](), "Trino");
        var fromTree = QueryKeyWalker.Walk(Cases[name]().Expression, "Trino");
        Assert.Equal(fromTree.Key, fromRecords.Key);
        Assert.Equal(fromTree.Values, fromRecords.Values);
    }

    [Fact]
    public void The_tree_of_a_recorded_query_is_the_call_chain_with_quoted_lambdas()
    {
        var query = TestLake.ProblemLogs.Where(p => p.HintCount > 2).OrderBy(p => p.Id).Take(3);
        var take = Assert.IsAssignableFrom<MethodCallExpression>(query.Expression);
        Assert.Equal("Take", take.Method.Name);
        var orderBy = Assert.IsAssignableFrom<MethodCallExpression>(take.Object);
        Assert.Equal(ExpressionType.Quote, orderBy.Arguments[0].NodeType);
        var where = Assert.IsAssignableFrom<MethodCallExpression>(orderBy.Object);
        Assert.Same(TestLake.ProblemLogs.Expression, where.Object);
        Assert.Same(query.Expression, query.Expression);
    }

    [Fact]
    public void A_null_lambda_is_refused_where_it_is_passed()
    {
        // Bad input tried: null lambdas for a one-argument operator, an ordered operator and a four-argument join.
        Assert.Throws<ArgumentNullException>(() => TestLake.ProblemLogs.Where(null!));
        Assert.Throws<ArgumentNullException>(() => TestLake.ProblemLogs.OrderBy(p => p.Id).ThenBy<long>(null!));
        Assert.Throws<ArgumentNullException>(() => TestLake.ProblemLogs.Join(TestLake.AssignmentLogs, p => p.AssignmentLogId, a => a.Id, (Expression<Func<ProblemLog, AssignmentLog, long>>)null!));
    }
}
