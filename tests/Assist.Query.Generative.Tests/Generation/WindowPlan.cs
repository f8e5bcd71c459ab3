using System.Linq.Expressions;

namespace Assist.Query.Generative.Tests.Generation;

/// <summary>
/// What a generated window step computes, for the reference (window functions have no LINQ-to-Objects counterpart):
/// per partition of the current rows, in the order of their unique key, the row number, the previous value or the
/// running total of a value. The step's rows are <c>Row3(key, partition, result)</c>.
/// </summary>
/// <param name="Function">One of <see cref="Construct.WindowRowNumber"/>, <see cref="Construct.WindowLag"/>, <see cref="Construct.WindowRunningSum"/>.</param>
/// <param name="Key">The row's unique integer key (int or long; the window's ORDER BY).</param>
/// <param name="Partition">The partition value.</param>
/// <param name="Value">The value lagged or summed; null for the row number.</param>
/// <param name="RowType">The <c>Row3</c> type the step produces.</param>
public sealed record WindowPlan(string Function, LambdaExpression Key, LambdaExpression Partition, LambdaExpression? Value, Type RowType);
