using Assist.Query.Ast;

namespace Assist.Query.Dialects;

/// <summary>DuckDB 1.5: each override is a row of docs/dialects.md where DuckDB differs from Trino.</summary>
internal sealed class DuckDbSqlEmitter : SqlEmitter
{
    public DuckDbSqlEmitter(SqlDialect dialect) : base(dialect)
    {
    }

    /// <summary>docs/dialects.md #1: <c>/</c> is always float division in DuckDB; <c>//</c> truncates like C#.</summary>
    protected override string BinaryOperatorText(SqlBinary binary) =>
        binary.Operator == SqlBinaryOperator.Divide && binary.Left.Type.IsInteger && binary.Right.Type.IsInteger
            ? "//"
            : base.BinaryOperatorText(binary);

    /// <summary>DuckDB's storage spelling from the lake's one type table; its TIMESTAMP is already microseconds (docs/dialects.md #10).</summary>
    protected override string TypeName(SqlType type) => Assist.Schema.Types.LakeTypes.DuckDbStorage(LakeTypeOf(type));

    /// <summary>Function names DuckDB spells differently (<c>trunc</c>, <c>dayofyear</c>).</summary>
    protected override string FunctionName(SqlFunctionKind kind) => kind switch
    {
        SqlFunctionKind.Truncate => "trunc",
        SqlFunctionKind.DayOfYear => "dayofyear",
        _ => base.FunctionName(kind),
    };

    /// <summary>docs/dialects.md #8: date_trunc on a DATE returns a TIMESTAMP in DuckDB; cast back.</summary>
    protected override void EmitFunction(SqlFunction f)
    {
        if (f.Kind == SqlFunctionKind.TruncateDate && f.Type.Kind == SqlTypeKind.Date)
        {
            Write("CAST(");
            base.EmitFunction(f);
            Write(" AS DATE)");
            return;
        }

        base.EmitFunction(f);
    }

    /// <summary>docs/dialects.md #6: Trino's date_diff (complete units) is DuckDB's date_sub.</summary>
    protected override void EmitUnitsBetween(SqlFunction f) => Call("date_sub", UnitLiteral(f.Unit), f.Arguments[0], f.Arguments[1]);

    /// <summary>docs/dialects.md #6: DuckDB's date_diff counts boundaries crossed.</summary>
    protected override void EmitBoundariesBetween(SqlFunction f) => Call("date_diff", UnitLiteral(f.Unit), f.Arguments[0], f.Arguments[1]);

    /// <summary>docs/dialects.md #7: no 3-argument date_add; DATE + INTERVAL gives a TIMESTAMP, so cast dates back.</summary>
    protected override void EmitAddInterval(SqlFunction f)
    {
        var isDate = f.Type.Kind == SqlTypeKind.Date;
        if (isDate)
        {
            Write("CAST(");
        }

        if (f.Arguments[1] is SqlLiteral)
        {
            base.EmitAddInterval(f);
        }
        else
        {
            EmitOperand(f.Arguments[0]);
            Write(" + ");
            Call("to_" + f.Unit.ToString().ToLowerInvariant() + "s", new SqlCast(f.Arguments[1], SqlType.Integer));
        }

        if (isDate)
        {
            Write(" AS DATE)");
        }
    }

    /// <summary>docs/dialects.md #17: DuckDB has no regexp_like; regexp_matches has the same contains semantics.</summary>
    protected override void EmitRegexMatch(SqlFunction f) => Call("regexp_matches", f.Arguments);

    /// <summary>docs/dialects.md #17: DuckDB's regexp_extract gives '' on no match; C# (and Trino) want NULL.</summary>
    protected override void EmitRegexExtract(SqlFunction f)
    {
        Write("NULLIF(");
        Call("regexp_extract", f.Arguments);
        Write(", '')");
    }

    /// <summary>DuckDB's date_diff counts microsecond boundaries crossed, which at that unit is the exact difference.</summary>
    protected override void EmitMicrosecondsBetween(SqlFunction f) => Call("date_diff", "'microsecond'", f.Arguments[0], f.Arguments[1]);

    /// <summary>docs/dialects.md #9: DuckDB's dayofweek is 0-based already, but isodow matches Trino's ISO numbering; % 7 gives C#'s.</summary>
    protected override void EmitDayOfWeek(SqlFunction f)
    {
        Call("isodow", f.Arguments);
        Write(" % 7");
    }

    /// <summary>docs/dialects.md #20, #23: count_if and sum of integers are HUGEINT in DuckDB; cast to BIGINT for a C# long.</summary>
    protected override void EmitAggregate(SqlAggregate aggregate, SqlWindow? over)
    {
        var cast = aggregate.Kind == SqlAggregateKind.CountIf
            || (aggregate.Kind == SqlAggregateKind.Sum && aggregate.Argument is { Type.IsInteger: true });
        if (cast)
        {
            Write("CAST(");
        }

        base.EmitAggregate(aggregate, over);
        if (cast)
        {
            Write(" AS BIGINT)");
        }
    }
}
