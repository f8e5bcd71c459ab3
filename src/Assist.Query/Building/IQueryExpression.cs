using System.Linq.Expressions;
using Assist.Query.Caching;

namespace Assist.Query;

/// <summary>Any query, without its row type: lets the translator inline captured queries.</summary>
internal interface IQueryExpression
{
    Expression Expression { get; }

    /// <summary>The operator this query applies to another one, or null for a table source.</summary>
    QueryOperatorRecord? Operator { get; }

    /// <summary>Per dialect, how to re-read this object's values without walking it again (set by the query compiler).</summary>
    RepeatPlan[]? RepeatPlans { get; set; }
}
