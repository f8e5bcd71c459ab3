namespace Assist.Query.Generative.Tests.Running;

/// <summary>What happened to one generated example.</summary>
public enum OutcomeKind
{
    /// <summary>DuckDB's rows equal LINQ-to-Objects' rows.</summary>
    Match,

    /// <summary>The rows differ: a silent wrong result.</summary>
    Mismatch,

    /// <summary>The Trino grammar rejected the Trino or Athena text, or DuckDB could not prepare its text.</summary>
    InvalidSql,

    /// <summary>Translation or execution threw something other than a refusal (including a DuckDB run-time error).</summary>
    Crash,

    /// <summary>The compiler refused the query with an <see cref="UntranslatableQueryException"/>: not a failure.</summary>
    Refused,

    /// <summary>The example did not finish in time.</summary>
    Timeout,

    /// <summary>The C# reference itself threw (division by zero, Substring past the end ...): the example tests nothing.</summary>
    Discarded,
}
