using Assist.Query.Ast;

namespace Assist.Query.Dialects;

/// <summary>Functions, aggregates and windows. Base spelling is Trino's; DuckDB overrides where docs/dialects.md says so.</summary>
internal abstract partial class SqlEmitter
{
    protected virtual void EmitFunction(SqlFunction f)
    {
        switch (f.Kind)
        {
            case SqlFunctionKind.TruncateDate:
                Call("date_trunc", UnitLiteral(f.Unit), f.Arguments[0]);
                return;
            case SqlFunctionKind.UnitsBetween:
                EmitUnitsBetween(f);
                return;
            case SqlFunctionKind.BoundariesBetween:
                EmitBoundariesBetween(f);
                return;
            case SqlFunctionKind.AddInterval:
                EmitAddInterval(f);
                return;
            case SqlFunctionKind.RegexMatch:
                EmitRegexMatch(f);
                return;
            case SqlFunctionKind.RegexExtract:
                EmitRegexExtract(f);
                return;
            case SqlFunctionKind.DayOfWeek:
                EmitDayOfWeek(f);
                return;
            case SqlFunctionKind.MicrosecondsBetween:
                EmitMicrosecondsBetween(f);
                return;
            case SqlFunctionKind.CastToVarchar:
                EmitCast(new SqlCast(f.Arguments[0], SqlType.Varchar));
                return;
            case SqlFunctionKind.Trim or SqlFunctionKind.TrimStart or SqlFunctionKind.TrimEnd:
                EmitTrim(f);
                return;
            default:
                Call(FunctionName(f.Kind), f.Arguments);
                return;
        }
    }

    protected virtual string FunctionName(SqlFunctionKind kind) => kind switch
    {
        SqlFunctionKind.Lower => "lower",
        SqlFunctionKind.Upper => "upper",
        SqlFunctionKind.Length => "length",
        SqlFunctionKind.Substring => "substr",
        SqlFunctionKind.Replace => "replace",
        SqlFunctionKind.StrPos => "strpos",
        SqlFunctionKind.Coalesce => "coalesce",
        SqlFunctionKind.NullIf => "nullif",
        SqlFunctionKind.Round => "round",
        SqlFunctionKind.Floor => "floor",
        SqlFunctionKind.Ceiling => "ceiling",
        SqlFunctionKind.Truncate => "truncate",
        SqlFunctionKind.Abs => "abs",
        SqlFunctionKind.Power => "power",
        SqlFunctionKind.Sqrt => "sqrt",
        SqlFunctionKind.Ln => "ln",
        SqlFunctionKind.Log10 => "log10",
        SqlFunctionKind.Exp => "exp",
        SqlFunctionKind.Sign => "sign",
        SqlFunctionKind.Year => "year",
        SqlFunctionKind.Quarter => "quarter",
        SqlFunctionKind.Month => "month",
        SqlFunctionKind.Day => "day",
        SqlFunctionKind.Hour => "hour",
        SqlFunctionKind.Minute => "minute",
        SqlFunctionKind.Second => "second",
        SqlFunctionKind.DayOfYear => "day_of_year",
        _ => throw new NotSupportedException(kind.ToString()),
    };

    /// <summary>
    /// <c>trim(BOTH|LEADING|TRAILING chars FROM s)</c>, the standard form both engines parse; one-argument <c>trim</c>
    /// removes only spaces on DuckDB and Java's whitespace on Trino, neither of which is C#'s set (docs/dialects.md #57).
    /// The set is written as quoted runs of printable characters and <c>chr(n)</c> for the others, so no control
    /// character or line separator appears raw in the statement.
    /// </summary>
    private void EmitTrim(SqlFunction f)
    {
        Write("trim(");
        Write(f.Kind switch
        {
            SqlFunctionKind.Trim => "BOTH ",
            SqlFunctionKind.TrimStart => "LEADING ",
            _ => "TRAILING ",
        });
        if (f.Arguments[1] is SqlLiteral { Value: string chars })
        {
            EmitCharacterSet(chars);
        }
        else
        {
            EmitExpr(f.Arguments[1]);
        }

        Write(" FROM ");
        EmitExpr(f.Arguments[0]);
        Write(")");
    }

    private void EmitCharacterSet(string chars)
    {
        var printable = new System.Text.StringBuilder();
        var first = true;
        void Separate()
        {
            if (!first)
            {
                Write(" || ");
            }

            first = false;
        }

        void Flush()
        {
            if (printable.Length > 0)
            {
                Separate();
                Write(SqlLiterals.Render(printable.ToString()));
                printable.Clear();
            }
        }

        foreach (var rune in chars.EnumerateRunes())
        {
            if (rune.Value is >= 0x21 and < 0x7F || rune.Value == ' ')
            {
                printable.Append(rune.ToString());
                continue;
            }

            Flush();
            Separate();
            Write("chr(" + rune.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
        }

        Flush();
    }

    protected void Call(string name, params object[] arguments)
    {
        Write(name);
        Write("(");
        var first = true;
        foreach (var argument in arguments)
        {
            if (argument is IReadOnlyList<SqlExpr> list)
            {
                foreach (var item in list)
                {
                    if (!first)
                    {
                        Write(", ");
                    }

                    EmitExpr(item);
                    first = false;
                }

                continue;
            }

            if (!first)
            {
                Write(", ");
            }

            if (argument is SqlExpr e)
            {
                EmitExpr(e);
            }
            else
            {
                Write((string)argument);
            }

            first = false;
        }

        Write(")");
    }

    protected static string UnitLiteral(SqlDateUnit unit) => "'" + unit.ToString().ToLowerInvariant() + "'";

    /// <summary>Complete units between two instants. Trino: <c>date_diff</c> (docs/dialects.md #6).</summary>
    protected virtual void EmitUnitsBetween(SqlFunction f) => Call("date_diff", UnitLiteral(f.Unit), f.Arguments[0], f.Arguments[1]);

    /// <summary>Boundaries crossed. Trino has no such function: complete units between the truncated values (docs/dialects.md #6).</summary>
    protected virtual void EmitBoundariesBetween(SqlFunction f)
    {
        var unit = UnitLiteral(f.Unit);
        Write("date_diff(" + unit + ", ");
        Call("date_trunc", unit, f.Arguments[0]);
        Write(", ");
        Call("date_trunc", unit, f.Arguments[1]);
        Write(")");
    }

    /// <summary><c>x + INTERVAL 'n' DAY</c> for literal amounts, <c>date_add</c> otherwise (docs/dialects.md #7).</summary>
    protected virtual void EmitAddInterval(SqlFunction f)
    {
        var value = f.Arguments[0];
        var amount = f.Arguments[1];
        if (amount is SqlLiteral { Value: long n })
        {
            EmitOperand(value);
            Write(n < 0 ? " - INTERVAL '" : " + INTERVAL '");
            Write(Math.Abs(n).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Write("' " + f.Unit.ToString().ToUpperInvariant());
            return;
        }

        Call("date_add", UnitLiteral(f.Unit), amount, value);
    }

    /// <summary>Trino: <c>regexp_like</c> (contains semantics).</summary>
    protected virtual void EmitRegexMatch(SqlFunction f) => Call("regexp_like", f.Arguments);

    /// <summary>Trino: <c>regexp_extract</c> returns NULL on no match, as C# wants.</summary>
    protected virtual void EmitRegexExtract(SqlFunction f) => Call("regexp_extract", f.Arguments);

    /// <summary>
    /// A TimeSpan's microseconds. Trino's finest date_diff unit is the millisecond (docs/dialects.md, "Durations"): the
    /// duration is exact to the millisecond there and to the microsecond on DuckDB.
    /// </summary>
    protected virtual void EmitMicrosecondsBetween(SqlFunction f)
    {
        Write("(");
        Call("date_diff", "'millisecond'", f.Arguments[0], f.Arguments[1]);
        Write(" * 1000)");
    }

    /// <summary>C# DayOfWeek (Sunday = 0) from the ISO number (Sunday = 7): Trino <c>day_of_week</c> (docs/dialects.md #9).</summary>
    protected virtual void EmitDayOfWeek(SqlFunction f)
    {
        Call("day_of_week", f.Arguments);
        Write(" % 7");
    }

    protected virtual void EmitAggregate(SqlAggregate aggregate, SqlWindow? over)
    {
        var name = aggregate.Kind switch
        {
            SqlAggregateKind.Count => "count",
            SqlAggregateKind.CountIf => "count_if",
            SqlAggregateKind.Sum => "sum",
            SqlAggregateKind.Average => "avg",
            SqlAggregateKind.Min => "min",
            SqlAggregateKind.Max => "max",

            // docs/dialects.md #22: `every` does not exist in DuckDB; bool_and/bool_or exist in both.
            SqlAggregateKind.BoolOr => "bool_or",
            SqlAggregateKind.BoolAnd => "bool_and",
            _ => throw new NotSupportedException("Unknown aggregate " + aggregate.Kind),
        };
        Write(name);
        Write("(");
        if (aggregate.Distinct)
        {
            Write("DISTINCT ");
        }

        if (aggregate.Argument is null)
        {
            Write("*");
        }
        else
        {
            EmitExpr(aggregate.Argument);
        }

        Write(")");
        if (over is not null)
        {
            EmitOver(over);
        }
    }

    private void EmitWindow(SqlWindow window)
    {
        switch (window.Function)
        {
            case SqlAggregate aggregate:
                EmitAggregate(aggregate, window);
                break;
            case SqlRanking ranking:
                var name = ranking.Kind switch
                {
                    SqlRankingKind.RowNumber => "row_number",
                    SqlRankingKind.Rank => "rank",
                    SqlRankingKind.DenseRank => "dense_rank",
                    SqlRankingKind.Lag => "lag",
                    SqlRankingKind.Lead => "lead",
                    _ => throw new NotSupportedException("Unknown ranking function " + ranking.Kind),
                };
                Write(name + "(");
                if (ranking.Argument is not null)
                {
                    EmitExpr(ranking.Argument);
                    Write(", " + ranking.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                Write(")");
                EmitOver(window);
                break;
            default:
                throw new NotSupportedException(window.Function.GetType().Name);
        }
    }

    private void EmitOver(SqlWindow window)
    {
        Write(" OVER (");
        var space = false;
        if (window.PartitionBy.Count > 0)
        {
            Write("PARTITION BY ");
            EmitList(window.PartitionBy);
            space = true;
        }

        if (window.OrderBy.Count > 0)
        {
            Write(space ? " ORDER BY " : "ORDER BY ");
            EmitOrderings(window.OrderBy);
            space = true;
        }

        if (window.Frame is not null)
        {
            Write(space ? " ROWS BETWEEN " : "ROWS BETWEEN ");
            Write(FrameBound(window.Frame.Start, preceding: true));
            Write(" AND ");
            Write(FrameBound(window.Frame.End, preceding: false));
        }

        Write(")");
    }

    private static string FrameBound(int? bound, bool preceding) => bound switch
    {
        null => preceding ? "UNBOUNDED PRECEDING" : "UNBOUNDED FOLLOWING",
        0 => "CURRENT ROW",
        < 0 => (-bound.Value).ToString(System.Globalization.CultureInfo.InvariantCulture) + " PRECEDING",
        _ => bound.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " FOLLOWING",
    };
}
