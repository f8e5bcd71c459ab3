using System.Text;
using Assist.Query.Ast;

namespace Assist.Query.Dialects;

/// <summary>
/// Writes the SQL AST as text. The base class writes the shared (Trino-compatible) spelling; dialect subclasses
/// override small hooks, each citing the docs/dialects.md row that makes it necessary. One instance per emission.
/// </summary>
internal abstract partial class SqlEmitter
{
    private readonly StringBuilder _sb = new();
    private readonly List<string> _pieces = [];
    private readonly List<int> _inlineSlots = [];
    private readonly List<int> _parameterSlots = [];
    private readonly Dictionary<int, int> _numberBySlot = [];
    private int _indent;
    private bool _inWhere;

    protected SqlEmitter(SqlDialect dialect) => Dialect = dialect;

    protected SqlDialect Dialect { get; }

    public SqlTemplate Emit(SqlStatement statement)
    {
        if (statement.Ctes.Count > 0)
        {
            Write("WITH ");
            for (var i = 0; i < statement.Ctes.Count; i++)
            {
                if (i > 0)
                {
                    Write(",");
                    NewLine();
                }

                Identifier(statement.Ctes[i].Name);
                Write(" AS ");
                Nested(statement.Ctes[i].Query);
            }

            NewLine();
        }

        EmitQuery(statement.Query);
        _pieces.Add(_sb.ToString());
        return new SqlTemplate([.. _pieces], [.. _inlineSlots], [.. _parameterSlots]);
    }

    protected void Write(string text) => _sb.Append(text);

    protected void NewLine()
    {
        _sb.Append('\n');
        _sb.Append(' ', _indent * 2);
    }

    protected void Identifier(string name)
    {
        _sb.Append('"');
        _sb.Append(name.Replace("\"", "\"\"", StringComparison.Ordinal));
        _sb.Append('"');
    }

    /// <summary>A parenthesised, indented query: used for derived tables, CTEs and subqueries.</summary>
    protected void Nested(SqlQuery query)
    {
        var wasInWhere = _inWhere;
        _inWhere = false;
        Write("(");
        _indent++;
        NewLine();
        EmitQuery(query);
        _indent--;
        NewLine();
        Write(")");
        _inWhere = wasInWhere;
    }

    protected virtual void EmitParameter(SqlParameter parameter)
    {
        if (Dialect.ParametersOnlyInWhere && !_inWhere)
        {
            _pieces.Add(_sb.ToString());
            _sb.Clear();
            _inlineSlots.Add(parameter.Slot);
            return;
        }

        if (Dialect.NumberedParameters)
        {
            if (!_numberBySlot.TryGetValue(parameter.Slot, out var number))
            {
                _parameterSlots.Add(parameter.Slot);
                number = _parameterSlots.Count;
                _numberBySlot[parameter.Slot] = number;
            }

            Write("$" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        _parameterSlots.Add(parameter.Slot);
        Write("?");
    }

    private void EmitWhereClause(string keyword, SqlExpr condition, bool allowsParameters)
    {
        NewLine();
        Write(keyword);
        var wasInWhere = _inWhere;
        _inWhere = allowsParameters;
        EmitExpr(condition);
        _inWhere = wasInWhere;
    }
}
